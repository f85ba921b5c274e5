package org.careerroutes.files;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.careerroutes.kiosk.KioskConfig;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanFile;
import org.careerroutes.plan.PlanKeeping;
import org.careerroutes.plan.PlanStore;
import org.careerroutes.plan.SharedComputer;
import org.careerroutes.plan.StepMark;
import org.careerroutes.settings.Settings;
import org.careerroutes.settings.SettingsStore;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every small file the app reads (a plan, the settings, the machine's shared-computer setting,
 * the kiosk settings), fuzzed: random bytes, valid files damaged at random, huge numbers, deep
 * nesting, and every kind of thing the file system can put at the path. Whatever is there, the
 * reading ends (within a bound: a pipe or a device is never opened), never throws, keeps
 * everything it could not read (a plain file copied aside byte for byte, anything else moved
 * aside whole), fails closed where it guards (the kiosk, the shared computer), and a save
 * afterwards is read back.
 */
class SmallFilesFuzzTest {

    private static final String PLAN = "clinical-engineer";
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** The kinds of small file, and where each lives. */
    enum Kind {
        PLAN_FILE("plans", "clinical-engineer.careerplan"),
        SETTINGS("settings", "settings.properties"),
        MACHINE("machine", "machine.properties"),
        KIOSK("machine", "kiosk.properties");

        final String folder;
        final String name;

        Kind(String folder, String name) {
            this.folder = folder;
            this.name = name;
        }
    }

    /** What the file system puts at the path. */
    enum Thing { FOLDER, LINK_TO_FILE, LINK_TO_FOLDER, LINK_TO_NOTHING, PIPE, LINK_TO_DEVICE, HUGE_FILE, LINK_TO_PIPE }

    private Path dir;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(job -> {
        Thread thread = new Thread(job, "fuzz-reader");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeTry
    void folder() throws IOException {
        dir = Files.createTempDirectory("small-files-fuzz");
    }

    @AfterTry
    void clean() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    private Path file(Kind kind) throws IOException {
        return Files.createDirectories(dir.resolve(kind.folder)).resolve(kind.name);
    }

    /** Runs a reading with a bound: a reader that blocks (on a pipe, say) fails the test instead of hanging it. */
    private <T> T bounded(java.util.concurrent.Callable<T> reading) throws Exception {
        Future<T> done = reader.submit(reading);
        try {
            return done.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            done.cancel(true);
            return fail("the reading did not end within " + BOUND.toSeconds() + " s");
        } catch (ExecutionException e) {
            return fail("the reading threw " + e.getCause(), e.getCause());
        }
    }

    // ----- the contents: random, damaged and hostile bytes

    @Property(tries = 150)
    void whateverBytesAPlanHoldsItIsReadOrKeptAsideAndSavingWorksAfter(@ForAll("planBytes") byte[] bytes) throws Exception {
        Path file = file(Kind.PLAN_FILE);
        Files.write(file, bytes);
        PlanStore store = new PlanStore(file.getParent());
        PlanKeeping.Loaded loaded = bounded(() -> store.load(PLAN));
        if (loaded.problem().isPresent()) {
            assertTrue(loaded.plan().isEmpty() || loaded.problem().get().contains("holds more than a plan now keeps"));
            assertKeptAside(file, bytes);
        } else {
            assertEquals(loaded.plan(), PlanFile.read(PlanFile.write(loaded.plan())).plan(), "read back exactly");
        }
        store.save(loaded.plan().withNote("after"));
        assertEquals("after", bounded(() -> store.load(PLAN)).plan().note());
    }

    @Property(tries = 150)
    void whateverBytesTheSettingsHoldTheyAreReadOrKeptAsideAndSavingWorksAfter(@ForAll("propertiesBytes") byte[] bytes)
            throws Exception {
        Path file = file(Kind.SETTINGS);
        Files.write(file, bytes);
        SettingsStore store = new SettingsStore(file.getParent());
        SettingsStore.Loaded loaded = bounded(store::load);
        store.save(loaded.settings().withTextScale(150));
        if (loaded.problem().isPresent()) {
            assertKeptAside(file, bytes);
        }
        assertEquals(150, bounded(store::load).settings().textScale());
    }

    @Property(tries = 150)
    void whateverBytesTheMachineSettingHoldsItIsSharedUnlessItSaysOtherwiseClearly(@ForAll("propertiesBytes") byte[] bytes)
            throws Exception {
        Path file = file(Kind.MACHINE);
        Files.write(file, bytes);
        SharedComputer setting = bounded(() -> SharedComputer.load(file.getParent()));
        if (!setting.problems().isEmpty()) {
            assertTrue(setting.shared(), "fails closed: " + setting.problems());
        }
        assertArrayEquals(bytes, Files.readAllBytes(file), "a machine setting is never changed by the app");
    }

    @Property(tries = 150)
    void whateverBytesTheKioskSettingsHoldAFileWithAProblemMeansKiosk(@ForAll("propertiesBytes") byte[] bytes)
            throws Exception {
        Path file = file(Kind.KIOSK);
        Files.write(file, bytes);
        KioskConfig config = bounded(() -> KioskConfig.load(file.getParent(), 1));
        if (!config.problems().isEmpty()) {
            assertTrue(config.kiosk(), "fails closed: " + config.problems());
            assertTrue(!config.printer(), "and allows no printing");
        }
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    // ----- the things at the path

    @Property(tries = 64)
    void whateverIsAtThePathEveryReadingEndsAndNothingIsLost(@ForAll Kind kind, @ForAll Thing thing) throws Exception {
        Path file = file(kind);
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "someone else's file: not to be copied\n");
        Path device = Path.of("/dev/zero");
        switch (thing) {
            case FOLDER -> Files.writeString(Files.createDirectory(file).resolve("inside.txt"), "kept");
            case LINK_TO_FILE -> Files.createSymbolicLink(file, elsewhere);
            case LINK_TO_FOLDER -> Files.createSymbolicLink(file, Files.createDirectory(dir.resolve("a-folder")));
            case LINK_TO_NOTHING -> Files.createSymbolicLink(file, dir.resolve("gone"));
            case PIPE -> Fifos.make(file);
            case LINK_TO_PIPE -> Files.createSymbolicLink(file, Fifos.make(dir.resolve("a-pipe")));
            case LINK_TO_DEVICE -> {
                org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device));
                Files.createSymbolicLink(file, device);
            }
            case HUGE_FILE -> {
                try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                    sparse.setLength(1L << 31);
                }
            }
        }
        switch (kind) {
            case PLAN_FILE -> {
                PlanStore store = new PlanStore(file.getParent());
                PlanKeeping.Loaded loaded = bounded(() -> store.load(PLAN));
                assertTrue(loaded.problem().isPresent(), thing + " is said");
                assertTrue(loaded.problem().get().startsWith("Your saved plan could not be read:\n" + file + ": "),
                        loaded.problem().get());
                MyPlan mine = MyPlan.empty(PLAN).withMark("gcses", Optional.of(StepMark.DONE));
                store.save(mine);
                assertEquals(mine, bounded(() -> store.load(PLAN)).plan(), "moved aside, the path is a plan's again");
            }
            case SETTINGS -> {
                SettingsStore store = new SettingsStore(file.getParent());
                assertTrue(bounded(store::load).problem().isPresent(), thing + " is said");
                store.save(Settings.DEFAULTS.withTextScale(170));
                assertEquals(170, bounded(store::load).settings().textScale());
            }
            case MACHINE -> assertTrue(bounded(() -> SharedComputer.load(file.getParent())).shared(),
                    thing + " fails closed (a link to a file is followed, and that file is not a setting)");
            case KIOSK -> assertTrue(bounded(() -> KioskConfig.load(file.getParent(), 1)).kiosk(),
                    thing + " fails closed (a link to a file is followed, and that file is not kiosk settings)");
        }
        assertEquals("someone else's file: not to be copied\n", Files.readString(elsewhere), "never written through a link");
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path each : all.toList()) {
                if (Files.isRegularFile(each, LinkOption.NOFOLLOW_LINKS) && !each.equals(elsewhere)) {
                    if (thing == Thing.HUGE_FILE && Files.size(each) == 1L << 31) {
                        continue;   // the huge file itself, moved aside whole
                    }
                    assertTrue(Files.size(each) < (1L << 20), "nothing was copied through a link to a device: " + each);
                    assertTrue(!Files.readString(each, StandardCharsets.ISO_8859_1).contains("someone else's"),
                            "nothing was copied through a link: " + each);
                }
            }
        }
    }

    /** The file's bytes as they were, still at its path or in a copy or the file moved aside beside it. */
    private static void assertKeptAside(Path file, byte[] bytes) throws IOException {
        List<Path> kept = new ArrayList<>();
        try (Stream<Path> beside = Files.list(file.getParent())) {
            beside.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".")
                    && p.getFileName().toString().endsWith(".bad")).forEach(kept::add);
        }
        assertEquals(1, kept.size(), "kept aside once: " + kept);
        assertArrayEquals(bytes, Files.readAllBytes(kept.get(0)), "byte for byte");
    }

    // ----- generators

    @Provide
    Arbitrary<byte[]> planBytes() {
        String valid = PlanFile.write(MyPlan.empty(PLAN).withPathway(Optional.of("degree-stp"))
                .withMark("gcses", Optional.of(StepMark.DONE)).withStepNote("a-levels", "maths, physics \u00e9 \uD83D\uDE00")
                .withNote("open day\n\tin March"));
        return Arbitraries.oneOf(randomBytes(), damaged(valid), hostileJson());
    }

    @Provide
    Arbitrary<byte[]> propertiesBytes() {
        return Arbitraries.oneOf(randomBytes(), damaged("# settings\ntextScale=120\nhighContrast=true\nsharedComputer=false\n"
                + "kiosk=true\nidle-timeout=120\nprinter=yes\nwindow.x=10\nwindow.width=1e99999999\n"),
                damaged("kiosk=false\npin.algorithm=PBKDF2WithHmacSHA256\npin.iterations=1\npin.salt=AAAA\npin.hash=AAAA\\\n"),
                Arbitraries.of("", "\n", "\uFEFF", "sharedComputer=true", "textScale=99999999999999999999999")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    /** A valid file with one to five things done to its bytes: changed, put in, taken out, doubled. */
    private static Arbitrary<byte[]> damaged(String valid) {
        byte[] original = valid.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> at = Arbitraries.integers().between(0, original.length);
        Arbitrary<byte[]> inserted = Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40),
                Arbitraries.of("1e99999999", "-2e999999999", "\"", "\\", "\\u0000", "\\uD800", "{", "[[[[[[[[", ",",
                        "\u00ff", "null", "\r", "=").map(s -> s.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 3), at, at, inserted)
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(5).map(changes -> {
            byte[] bytes = original;
            for (Mutation change : changes) {
                bytes = change.apply(bytes);
            }
            return bytes;
        });
    }

    private record Mutation(int kind, int from, int to, byte[] inserted) {
        byte[] apply(byte[] bytes) {
            int a = Math.min(Math.min(from, to), bytes.length);
            int b = Math.min(Math.max(from, to), bytes.length);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            switch (kind) {
                case 0 -> {   // changed
                    out.write(bytes, 0, a);
                    out.writeBytes(inserted);
                    out.write(bytes, Math.min(bytes.length, a + inserted.length), bytes.length - Math.min(bytes.length, a + inserted.length));
                }
                case 1 -> {   // put in
                    out.write(bytes, 0, a);
                    out.writeBytes(inserted);
                    out.write(bytes, a, bytes.length - a);
                }
                case 2 -> {   // taken out
                    out.write(bytes, 0, a);
                    out.write(bytes, b, bytes.length - b);
                }
                default -> {   // doubled
                    out.write(bytes, 0, b);
                    out.write(bytes, a, b - a);
                    out.write(bytes, b, bytes.length - b);
                }
            }
            return out.toByteArray();
        }
    }

    /** JSON that is hard to read: huge numbers, deep nesting, long texts, many fields. */
    private static Arbitrary<byte[]> hostileJson() {
        return Arbitraries.of(
                "{\"formatVersion\": 1, \"profile\": 1e99999999}",
                "{\"formatVersion\": 2e999999999, \"profile\": \"clinical-engineer\"}",
                "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"note\": 1e99999999}",
                "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"note\": " + "[".repeat(100_000),
                "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"marks\": {" + "\"a\": \"done\", ".repeat(5000) + "}}",
                "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"note\": \"" + "\\u0001".repeat(20_000) + "\"}",
                "{\"formatVersion\": 1, \"profile\": \"clinical-engineer\", \"qualifications\": [" + "1,".repeat(50_000) + "1]}",
                "{\"formatVersion\": 1, \"profile\": \"" + "a".repeat(100_000) + "\"}",
                "{\"formatVersion\": 1" + ", \"x\": 1".repeat(20_000) + "}",
                "\uFEFF\uFEFF{}")
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
    }
}
