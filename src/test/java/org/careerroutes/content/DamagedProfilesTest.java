package org.careerroutes.content;

import org.careerroutes.app.ValidateCommand;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The built-in profile damaged thousands of ways ({@link ProfileDamage}), each read as a content
 * file: whatever the damage, the loader answers (valid, or invalid with at least one error), never
 * throws, puts every problem at a line and column inside the file (unless it is about the file as
 * a whole), keeps each message to one line of reasonable length, and finishes well within a
 * generous time. Budgets are checked by the benchmark, not here.
 *
 * <p>The damage comes from seeds drawn from one fixed seed, so a run is the same every time; a
 * failure names its seed. {@code -Ddamage.seed=...} and {@code -Ddamage.cases=...} draw others.
 */
class DamagedProfilesTest {

    private static final long SEED = Long.getLong("damage.seed", 20_261_130L);
    private static final int CASES = Integer.getInteger("damage.cases", 3_000);
    /** Every how many cases the file is also checked through {@code --validate}, for its exit code. */
    private static final int VALIDATE_EVERY = 10;
    /** Far more than any file should take, so that only a file that hangs the loader fails. */
    private static final Duration GUARD = Duration.ofSeconds(10);
    /** The longest message a problem may have: ids listed, paths and words shown are all shortened. */
    private static final int LONGEST_MESSAGE = 2_000;

    /**
     * Seeds whose damage broke the loader (or the loader before this test), run every time
     * whatever {@code damage.seed} says. A seed gives the same damage only as long as
     * {@link ProfileDamage} draws the same way: when it changes, find them again.
     */
    private static final long[] REGRESSIONS = {
        // an id "a-a-a-…" of 200,001 characters: the regular expression for an id overflowed the stack
        -7699506824167220367L, -6069485827461546643L, 2437884127661504623L, 7524176259647843363L,
        // a value with an escaped line break, repeated in a message on two lines
        -4831325389377888827L, 7661197132998203355L,
        // long texts repeated whole in messages
        6853209322855359059L, -4777936846960791176L, -5111165661182430828L,
    };

    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicTest> damagedProfilesAreAnsweredInTimeWithEveryProblemInPlace() {
        ProfileDamage damage = new ProfileDamage(TestProfiles.builtInJson());
        Random seeds = new Random(SEED);
        LongStream drawn = LongStream.generate(seeds::nextLong).limit(CASES);
        long[] counter = {0};
        return LongStream.concat(LongStream.of(REGRESSIONS), drawn).mapToObj(seed -> {
            ProfileDamage.Damaged damaged = damage.damage(seed);
            boolean viaValidate = counter[0]++ % VALIDATE_EVERY == 0;
            return dynamicTest("seed " + seed + ": " + damaged.what(),
                    () -> assertTimeoutPreemptively(GUARD, () -> check(damaged.bytes(), viaValidate)));
        });
    }

    private static void check(byte[] bytes, boolean viaValidate) throws IOException {
        LoadResult result = ProfileLoader.readBytes("damaged.json", bytes);

        assertEquals(result.profile().isPresent(), result.errors().isEmpty(),
                () -> "a profile exactly when there is no error: " + result.problems());
        assertEquals(result.isValid(), result.profile().isPresent());
        List<Problem> problems = result.problems();
        assertTrue(problems.size() <= Problems.MAX_SHOWN + 1, () -> problems.size() + " problems shown");
        String[] lines = linesOf(bytes);
        Problem previous = null;
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            assertEquals("damaged.json", p.file());
            assertFalse(p.message().isBlank());
            assertEquals(1, p.message().lines().count(), () -> "one line: " + p.message());
            assertTrue(p.message().length() <= LONGEST_MESSAGE, () -> p.message().length() + " characters: " + p.message());
            if (p.isWholeFile()) {
                assertEquals(0, p.column());
                boolean tooLarge = problems.size() == 1 && p.message().startsWith("is too large for a profile");
                boolean more = i == problems.size() - 1 && p.message().startsWith("and ");
                assertTrue(tooLarge || more, () -> "only a file too large, or the count of problems not shown, is "
                        + "about the whole file: " + p);
                continue;
            }
            assertTrue(p.line() >= 1 && p.line() <= lines.length, () -> "line " + p.line() + " of " + lines.length + ": " + p);
            int lastColumn = lines[p.line() - 1].codePointCount(0, lines[p.line() - 1].length()) + 1;
            assertTrue(p.column() >= 1 && p.column() <= lastColumn,
                    () -> "column " + p.column() + " of " + lastColumn + " on line " + p.line() + ": " + p);
            if (previous != null) {
                Problem before = previous;
                assertTrue(before.line() < p.line() || before.line() == p.line() && before.column() <= p.column(),
                        () -> "in file order: " + before + " then " + p);
            }
            previous = p;
        }
        if (viaValidate) {
            assertEquals(result.isValid() ? ValidateCommand.VALID : ValidateCommand.INVALID, validate(bytes));
        }
    }

    /** The file's lines as an editor shows them (a byte-order mark is not shown; bytes not UTF-8 show as one character each at most). */
    private static String[] linesOf(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.split("\n", -1);
    }

    private static int validate(byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve("damaged.json"), bytes);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return ValidateCommand.run(file, quiet, quiet);
    }
}
