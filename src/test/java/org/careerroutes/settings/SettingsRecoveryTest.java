package org.careerroutes.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A settings file with something wrong in it loses nothing: not its good lines, not what a later version wrote. */
class SettingsRecoveryTest {

    private static final Clock NOV_30_0441 = Clock.fixed(Instant.parse("2026-11-30T04:41:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir, NOV_30_0441);
    }

    private List<String> badCopies() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bad")).sorted().toList();
        }
    }

    @Test
    void aLaterVersionsSettingIsKeptAsWrittenWhenThisVersionSaves() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "# set up by the IT team\ntextScale=150\n  fontFamily = Arial Narrow  \n"
                + "reducedMotion=true\nfontFamily.fallback=Verdana\n");

        SettingsStore.Loaded loaded = store.load();
        assertTrue(loaded.problem().isEmpty(), "a setting this version does not know is no problem: " + loaded.problem());
        assertEquals(150, loaded.settings().textScale());
        assertTrue(loaded.settings().reducedMotion());

        store.save(loaded.settings().withHighContrast(true));

        List<String> lines = Files.readAllLines(store.file());
        assertTrue(lines.contains("  fontFamily = Arial Narrow  "), "kept in its original form: " + lines);
        assertTrue(lines.contains("fontFamily.fallback=Verdana"), lines.toString());
        assertTrue(lines.contains("# set up by the IT team"), lines.toString());
        assertTrue(lines.contains("highContrast=true"), lines.toString());
        assertTrue(lines.contains("textScale=150"), lines.toString());
        assertTrue(lines.indexOf("  fontFamily = Arial Narrow  ") < lines.indexOf("fontFamily.fallback=Verdana"),
                "in their order");
        assertEquals(List.of(), badCopies(), "a file with no problems is not copied aside");

        store.save(loaded.settings().withHighContrast(false));
        assertEquals(1, Files.readAllLines(store.file()).stream().filter(l -> l.contains("fontFamily =")).count(),
                "kept once, however often it is saved");
    }

    @Test
    void aByteOrderMarkIsRead() throws IOException {
        SettingsStore store = store();
        byte[] text = "textScale=160\nhighContrast=true\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withMark = new ByteArrayOutputStream();
        withMark.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withMark.write(text);
        Files.write(store.file(), withMark.toByteArray());

        SettingsStore.Loaded loaded = store.load();

        assertTrue(loaded.problem().isEmpty(), loaded.problem().orElse(""));
        assertEquals(Settings.DEFAULTS.withTextScale(160).withHighContrast(true), loaded.settings());
    }

    @Test
    void aFileSavedAsUnicodeByNotepadIsRead() throws IOException {
        SettingsStore store = store();
        Files.write(store.file(), "\uFEFFtextScale=120\r\nfontFamily=Arial\r\n".getBytes(StandardCharsets.UTF_16LE));

        SettingsStore.Loaded loaded = store.load();

        assertTrue(loaded.problem().isEmpty(), loaded.problem().orElse(""));
        assertEquals(120, loaded.settings().textScale());
        store.save(loaded.settings());
        assertTrue(Files.readAllLines(store.file(), StandardCharsets.UTF_8).contains("fontFamily=Arial"));
    }

    @Test
    void notANumberForTheWindowForgetsOnlyThePlaceOfTheWindow() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "textScale=140\nwindow.x=NaN\nwindow.y=20\nwindow.width=900\n"
                + "window.height=700\nwindow.maximised=false\nhighContrast=true\n");

        SettingsStore.Loaded loaded = store.load();

        assertEquals(Settings.DEFAULTS.withTextScale(140).withHighContrast(true), loaded.settings(),
                "the other settings are used; the window opens in its default place");
        assertTrue(loaded.problem().orElseThrow().contains("line 2: window.x must be a number, not \"NaN\""),
                loaded.problem().get());
    }

    @Test
    void oneBadValueKeepsEveryGoodOne() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "textScale=170\nhighContrast=yes\nreducedMotion=true\n"
                + "window.x=10\nwindow.y=20\nwindow.width=-5\nwindow.height=700\n");

        SettingsStore.Loaded loaded = store.load();

        assertEquals(Settings.DEFAULTS.withTextScale(170).withReducedMotion(true), loaded.settings());
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.contains("line 2: highContrast must be true or false, not \"yes\""), problem);
        assertTrue(problem.contains("line 6: window.width must be a number above 0, not \"-5\""), problem);
        assertTrue(problem.contains("the rest of your settings were kept"), problem);
        assertEquals("Some of your settings could not be read", loaded.headline());
    }

    @Test
    void aLongValueIsShortenedInTheMessage() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "textScale=" + "9".repeat(5000) + "\n");

        String problem = store.load().problem().orElseThrow();

        assertTrue(problem.contains("line 1: textScale must be a whole number from 100 to 200, not \"" + "9".repeat(40)
                + "\u2026\""), problem);
        assertTrue(problem.length() < 600, "no 5,000 digits in a dialog: " + problem.length());
    }

    @Test
    void aLineThatIsNotTextCostsOnlyThatLine() throws IOException {
        SettingsStore store = store();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("textScale=130\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'f', 'o', 'n', 't', '=', (byte) 0xC3, (byte) 0x28, '\n'});
        bytes.write("reducedMotion=true\n".getBytes(StandardCharsets.UTF_8));
        Files.write(store.file(), bytes.toByteArray());

        SettingsStore.Loaded loaded = store.load();

        assertEquals(Settings.DEFAULTS.withTextScale(130).withReducedMotion(true), loaded.settings());
        assertTrue(loaded.problem().orElseThrow().contains("line 2: this line is not text"), loaded.problem().get());
    }

    @Test
    void aFileWithProblemsIsCopiedAsideOnceBeforeItIsFirstRewritten() throws IOException {
        SettingsStore store = store();
        byte[] original = "\uFEFFtextScale=enormous\nfontFamily=Arial\nhighContrast=true\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(store.file(), original);
        String copy = "settings.properties.2026-11-30T0441.bad";

        SettingsStore.Loaded loaded = store.load();
        store.load();
        assertEquals(List.of(), badCopies(), "reading the file writes nothing");
        assertTrue(loaded.problem().orElseThrow().contains("the file as it is now is copied to "
                + dir.resolve(copy)), "the message says where the copy goes: " + loaded.problem().get());

        store.save(loaded.settings().withReducedMotion(true));

        assertEquals(List.of(copy), badCopies());
        assertArrayEquals(original, Files.readAllBytes(dir.resolve(copy)), "the copy holds the file as it was");
        List<String> rewritten = Files.readAllLines(store.file());
        assertTrue(rewritten.containsAll(List.of("textScale=100", "highContrast=true", "reducedMotion=true",
                "fontFamily=Arial")), rewritten.toString());
        assertFalse(rewritten.toString().contains("enormous"), rewritten.toString());

        store.save(loaded.settings().withTextScale(180));
        store.save(loaded.settings().withTextScale(190));
        assertEquals(List.of(copy), badCopies(), "copied once, not at every save");
        assertTrue(store.load().problem().isEmpty(), "the rewritten file has no problems");
    }

    @Test
    void aSecondBadFileTheSameMinuteGetsItsOwnCopy() throws IOException {
        Files.writeString(dir.resolve("settings.properties.2026-11-30T0441.bad"), "from an earlier run\n");
        SettingsStore store = store();
        Files.writeString(store.file(), "highContrast=maybe\n");

        store.save(store.load().settings());

        assertEquals(List.of("settings.properties.2026-11-30T0441-2.bad", "settings.properties.2026-11-30T0441.bad"),
                badCopies());
        assertEquals("from an earlier run\n", Files.readString(dir.resolve("settings.properties.2026-11-30T0441.bad")));
    }

    @Test
    void aFileWithoutProblemsIsNotRewrittenWhenNothingChanged() throws IOException {
        SettingsStore store = store();
        Settings chosen = Settings.DEFAULTS.withTextScale(150);
        store.save(chosen);
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(store.file(), longAgo);

        store.save(store.load().settings());

        assertEquals(longAgo, Files.getLastModifiedTime(store.file()));
    }

    @Test
    void aFileLargerThanAnySettingsFileIsRefusedWithoutReadingIt() throws IOException {
        SettingsStore store = store();
        long threeGigabytes = 3L << 30;
        try (RandomAccessFile sparse = new RandomAccessFile(store.file().toFile(), "rw")) {
            sparse.setLength(threeGigabytes);
        }

        SettingsStore.Loaded loaded = assertTimeoutPreemptively(Duration.ofSeconds(5), store::load,
                "the size is checked before anything is read");

        assertEquals(Settings.DEFAULTS, loaded.settings());
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.contains("is 3.0 GB, larger than a settings file ever is (64 KB at most)"), problem);
        assertTrue(problem.contains("so it was not read and the defaults are used"), problem);
        assertTrue(problem.contains("moved to " + dir.resolve("settings.properties.2026-11-30T0441.bad")), problem);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> store.save(Settings.DEFAULTS.withTextScale(110)),
                "too large to copy at no cost: moved aside instead");
        assertEquals(threeGigabytes, Files.size(dir.resolve("settings.properties.2026-11-30T0441.bad")));
        assertEquals(110, store.load().settings().textScale());
    }

    @Test
    void aFileJustOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        SettingsStore store = store();
        String comment = "# " + "x".repeat(SettingsStore.MAX_BYTES - "textScale=120\n".length() - 3) + "\n";
        Files.writeString(store.file(), comment + "textScale=120\n");
        assertEquals(SettingsStore.MAX_BYTES, Files.size(store.file()));
        assertEquals(120, store.load().settings().textScale());

        Files.writeString(store.file(), comment + "textScale=120\n\n");
        assertTrue(store.load().problem().orElseThrow().contains("64 KB at most"));
    }

    @Test
    void aFolderWhereTheFileShouldBeIsNamedAndMovedAsideSoThatSettingsAreSavedAgain() throws IOException {
        SettingsStore store = store();
        Files.createDirectories(store.file());
        Files.writeString(store.file().resolve("inside.txt"), "kept");

        SettingsStore.Loaded loaded = store.load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        String problem = loaded.problem().orElseThrow();
        Path aside = dir.resolve("settings.properties.2026-11-30T0441.bad");
        assertTrue(problem.contains(store.file() + " is a folder, not a file"), problem);
        assertTrue(problem.contains("moved to " + aside), problem);

        store.save(Settings.DEFAULTS.withTextScale(130));
        assertEquals("kept", Files.readString(aside.resolve("inside.txt")), "the folder is kept aside, whole");
        assertEquals(130, store.load().settings().textScale(), "and the settings are saved again");
    }

    @Test
    void aLinkWhereTheFileShouldBeIsNotFollowedButMovedAside() throws IOException {
        SettingsStore store = store();
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "textScale=200\n");
        Files.createSymbolicLink(store.file(), elsewhere);

        String problem = store.load().problem().orElseThrow();
        assertTrue(problem.contains("is a link to another file"), problem);
        store.save(Settings.DEFAULTS);
        assertEquals("textScale=200\n", Files.readString(elsewhere), "what the link led to is untouched");
        assertTrue(Files.isSymbolicLink(dir.resolve("settings.properties.2026-11-30T0441.bad")));
    }

    @Test
    void aVeryDamagedFileListsItsFirstProblemsAndCountsTheRest() throws IOException {
        SettingsStore store = store();
        StringBuilder text = new StringBuilder("textScale=120\n");
        for (int i = 0; i < 50; i++) {
            text.append("reducedMotion=sometimes\n");
        }
        Files.writeString(store.file(), text);

        String problem = store.load().problem().orElseThrow();

        assertTrue(problem.contains("line 21: reducedMotion"), problem);
        assertFalse(problem.contains("line 22: "), problem);
        assertTrue(problem.contains("\u2026 and 30 more lines like these."), problem);
    }
}
