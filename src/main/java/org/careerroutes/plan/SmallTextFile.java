package org.careerroutes.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a small UTF-8 text file whole, strictly: a plan, or the machine's shared-computer setting.
 * Never more than its limit, never a folder; a problem is an {@link IOException} whose message
 * follows the file's name ("… is a folder, not a file").
 */
final class SmallTextFile {

    private SmallTextFile() {
    }

    /**
     * The file's text; empty when there is no file (a link to a missing file is a problem).
     *
     * @param what    what such a file is, for the messages: "a plan", "this setting"
     * @param notText what to say of a file that is not UTF-8 text
     */
    static Optional<String> read(Path file, int maxBytes, String what, String notText) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new IOException("is a link to a file that is not there");
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new IOException("could not be read (" + reason(e) + ")");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(attributes.isDirectory() ? "is a folder, not a file" : "is not a plain file");
        }
        String tooLarge = "is larger than " + what + " ever is (" + maxBytes / 1024 + " KB at most)";
        if (attributes.size() > maxBytes) {
            throw new IOException(tooLarge);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new IOException("could not be read (" + reason(e) + ")");
        }
        if (bytes.length > maxBytes) {
            throw new IOException(tooLarge);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new IOException(notText);
        }
    }

    /** Why reading or writing failed, in a few words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "this user may not read or write it";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
