package org.careerroutes.kiosk.insights;

import org.careerroutes.files.FileProblem;
import org.careerroutes.files.SmallFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the counts file as the app reads every small file ({@link SmallFile}): whole, never more
 * than a limit, never a folder, a pipe or a link. What cannot be read is a {@link FileProblem}
 * whose words follow the file's name; what can be read but is not the text a kiosk writes (too
 * large, not UTF-8) is damage, to be kept aside.
 */
final class CountsReading {

    private CountsReading() {
    }

    /** The file's text; empty when there is no file (or no folder for it yet). */
    static Optional<String> read(Path file, int maxBytes) throws FileProblem, CountsFile.Damaged {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.empty();   // no folder (or something else in its place): no counts yet
        }
        Optional<byte[]> bytes;
        try {
            bytes = SmallFile.read(file, new SmallFile.Kind("a kiosk's counts file", maxBytes, SmallFile.Links.REFUSE));
        } catch (FileProblem.TooLarge tooLarge) {
            throw new CountsFile.Damaged(0, tooLarge.getMessage());
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SmallFile.text(bytes.get(), "is not UTF-8 text"));
        } catch (FileProblem notText) {
            throw new CountsFile.Damaged(0, notText.getMessage());
        }
    }
}
