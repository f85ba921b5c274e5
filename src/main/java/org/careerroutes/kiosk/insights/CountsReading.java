package org.careerroutes.kiosk.insights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads the counts file whole, never more than a limit, never a folder or a link: the one place
 * the counts are read from disk, so that it can give way to a shared reader of small files.
 * What cannot be read is an {@link IOException} whose message follows the file's name; what can be
 * read but is not the text a kiosk writes (too large, not UTF-8) is damage.
 */
final class CountsReading {

    private CountsReading() {
    }

    /** The file's text; empty when there is no file. */
    static Optional<String> read(Path file, int maxBytes) throws IOException, CountsFile.Damaged {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.empty();   // no folder (or something else in its place): no counts yet
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new IOException("cannot be read by this account (permission denied)");
        } catch (IOException e) {
            throw new IOException("cannot be read (" + CountsStore.reason(e) + ")");
        }
        if (attributes.isSymbolicLink()) {
            throw new IOException("is a symbolic link, which the kiosk does not follow");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(attributes.isDirectory() ? "is a folder, not a file" : "is not a plain file");
        }
        String tooLarge = "is larger than a kiosk's counts ever are (" + maxBytes / (1024 * 1024) + " MB at most)";
        if (attributes.size() > maxBytes) {
            throw new CountsFile.Damaged(0, tooLarge);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot be read by this account (permission denied)");
        }
        if (bytes.length > maxBytes) {
            throw new CountsFile.Damaged(0, tooLarge);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new CountsFile.Damaged(0, "is not UTF-8 text");
        }
    }
}
