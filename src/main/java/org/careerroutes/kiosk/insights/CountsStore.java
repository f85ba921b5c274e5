package org.careerroutes.kiosk.insights;

import org.careerroutes.files.AtomicFile;
import org.careerroutes.files.FileProblem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Where a kiosk keeps its counts: {@value #FILE_NAME} in the folder {@value #FOLDER_NAME} beside
 * the kiosk's settings, a folder the kiosk's account may write (the settings' own folder is the
 * administrators'). The file is replaced whole in one step each time ({@link AtomicFile}), so a
 * kill or power cut leaves the counts before or after a visit, never half a file. A damaged file
 * is kept aside, named with the day it was found, and counting starts again. Reports saved by
 * staff go in the same folder. Nothing else is written here.
 */
public final class CountsStore {

    public static final String FOLDER_NAME = "insights";
    public static final String FILE_NAME = "visit-counts.txt";
    /** A year of days is about 200 KB; a file larger than this is not a kiosk's counts. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Readable by every account, so that a technician's account can make a report: it holds totals only. */
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path folder;

    public CountsStore(Path folder) {
        this.folder = folder;
    }

    /** The store beside the kiosk settings in this folder. */
    public static CountsStore besideSettings(Path kioskConfigFolder) {
        return new CountsStore(kioskConfigFolder.resolve(FOLDER_NAME));
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * What a kiosk starts counting from.
     *
     * @param counts   the days kept (none when there was no file, or it was damaged)
     * @param problem  for staff and the error log: the file was damaged (and where it was kept), or
     *                 could not be read
     * @param writable false when the file is there but could not be read, or damaged and could
     *                 not be kept aside: then it is not written over, and counts are kept in
     *                 memory only
     */
    public record Loaded(VisitCounts counts, Optional<String> problem, boolean writable) {
    }

    /**
     * Reads the counts a kiosk starts from, keeping only the days it keeps. A damaged file is
     * moved aside (as {@code visit-counts.damaged-DAY.txt}) and counting starts again; a leftover
     * from a write that was cut off is removed.
     */
    public Loaded load(int daysKept, LocalDate today) {
        removeLeftovers();
        try {
            return new Loaded(read().keptFor(daysKept, today), Optional.empty(), true);
        } catch (IOException e) {
            return new Loaded(VisitCounts.NONE, Optional.of(file() + " " + e.getMessage()
                    + ": counting goes on, but nothing is saved until it is put right"), false);
        } catch (CountsFile.Damaged damaged) {
            String why = damaged.describe(file());
            try {
                Path aside = keepAside(today);
                return new Loaded(VisitCounts.NONE, Optional.of(why + ". It was kept as " + aside.getFileName()
                        + " and counting started again."), true);
            } catch (IOException e) {
                return new Loaded(VisitCounts.NONE, Optional.of(why + ". It could not be kept aside ("
                        + FileProblem.reason(e) + "), so counting goes on, but nothing is saved until it is put right."), false);
            }
        }
    }

    /** The counts as they are on disk, changing nothing: for a report. None when there is no file. */
    public VisitCounts read() throws IOException, CountsFile.Damaged {
        Optional<String> text = CountsReading.read(file(), MAX_BYTES);
        return text.isEmpty() ? VisitCounts.NONE : CountsFile.parse(text.get());
    }

    /** Replaces the file with these counts, in one step. */
    public void save(VisitCounts counts) throws IOException {
        AtomicFile.write(file(), CountsFile.bytes(counts), Optional.of(READABLE));
    }

    /** Removes the counts (staff pressed Clear counts). Copies kept aside and saved reports stay. */
    public void clear() throws IOException {
        Files.deleteIfExists(file());
    }

    /**
     * Writes a report into the folder as {@code fair-report-DAY.EXTENSION} (or {@code -2}, {@code -3}
     * ... when that is there already) and returns where.
     */
    public Path saveReport(byte[] report, LocalDate day, String extension) throws IOException {
        Files.createDirectories(folder);
        for (int n = 1; n < 1000; n++) {
            Path file = folder.resolve("fair-report-" + day + (n == 1 ? "" : "-" + n) + "." + extension);
            try {
                Files.write(Files.createFile(file), report);
                return file;
            } catch (FileAlreadyExistsException e) {
                // The next number.
            }
        }
        throw new IOException("there are already 999 reports of " + day + " in " + folder);
    }

    private Path keepAside(LocalDate today) throws IOException {
        for (int n = 1; n < 100; n++) {
            Path aside = folder.resolve("visit-counts.damaged-" + today + (n == 1 ? "" : "-" + n) + ".txt");
            if (Files.notExists(aside)) {
                return Files.move(file(), aside);
            }
        }
        throw new IOException("there are already 99 damaged copies of " + today);
    }

    /** A temporary file the atomic write leaves when the process is killed in the middle of it. */
    private void removeLeftovers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, FILE_NAME + "*.new")) {
            for (Path file : left) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Harmless: it holds totals only, and it is tried again at the next start.
        }
    }

}
