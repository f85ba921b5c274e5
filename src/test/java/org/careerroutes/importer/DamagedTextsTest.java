package org.careerroutes.importer;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts damaged in seeded, repeatable ways (lines dropped, repeated, swapped, cut short, joined,
 * bullets lost, stray characters): whatever comes in, the importer never throws, and gives either
 * a profile the loader accepts or a reason.
 */
class DamagedTextsTest {

    private static final int TEXTS = 600;
    private static final String[] STRAY = {"", "\u2022", "*", "-", "1.", ":", "Entry requirements", "University",
        "Other routes", "You'll usually need:", "for a level 2 course", "\u0000", "\t\t", "\u00a0", "A* to C", "((", "\u200b",
        "including English and maths or a science", "You could also start as", "If you do not have a degree, you could"
        + " apply for the ", "With experience, you could become , , or"};

    @Test
    void whateverComesInTheImporterGivesAProfileTheLoaderAcceptsOrAReason() throws IOException {
        List<List<String>> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(ImportedProfilesTest.FOLDER)) {
            for (Path file : files.sorted().toList()) {
                sources.add(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        sources.add(Files.readAllLines(BuiltInTextImportTest.SEED, StandardCharsets.UTF_8));
        Random random = new Random(23);
        int imported = 0;
        for (int i = 0; i < TEXTS; i++) {
            List<String> lines = new ArrayList<>(sources.get(random.nextInt(sources.size())));
            int damages = 1 + random.nextInt(6);
            for (int d = 0; d < damages && !lines.isEmpty(); d++) {
                damage(lines, random);
            }
            String text = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
            ImportResult result;
            try {
                result = ProfileImporter.importBytes("damaged " + i, text.getBytes(StandardCharsets.UTF_8),
                        YearMonth.of(2026, 11));
            } catch (RuntimeException e) {
                throw new AssertionError("damaged text " + i + " threw " + e + ":\n" + text, e);
            }
            if (result.imported()) {
                LoadResult loaded = ProfileLoader.read("damaged " + i, result.json().orElseThrow());
                assertTrue(loaded.isValid(), () -> loaded.problems() + "\n" + text);
                imported++;
            } else {
                assertFalse(result.failure().orElseThrow().isBlank());
            }
        }
        assertTrue(imported > TEXTS / 4, "most damage leaves a profile to import: " + imported);
    }

    private static void damage(List<String> lines, Random random) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(8)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swap = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swap);
            }
            case 3 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
            case 4 -> {
                if (at + 1 < lines.size()) {
                    lines.set(at, lines.get(at) + " " + lines.remove(at + 1));
                }
            }
            case 5 -> lines.set(at, lines.get(at).replaceFirst("^\\s*(?:[\u2022*-]|\\d+[.)])\\s*", ""));
            case 6 -> lines.add(at, STRAY[random.nextInt(STRAY.length)]);
            default -> lines.set(at, STRAY[random.nextInt(STRAY.length)] + " " + lines.get(at));
        }
    }
}
