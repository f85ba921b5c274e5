package org.careerroutes.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a small file the app keeps (a plan, the settings, the machine's settings) whole and
 * bounded: never more than its limit, never a folder, a pipe or a device (which could block the
 * reader for ever or never end), and, for the files in a user's own folder, never through a
 * link. Anything else is a {@link FileProblem} whose words follow the file's name.
 *
 * <p>The kind of object at the path is looked at before the file is opened. A plain file swapped
 * for a pipe in the moment between the two could still make the open wait; nothing the app
 * writes does that, and no one else's account can write in a user's own folder.
 */
public final class SmallFile {

    /** Whether a link at the path is followed. */
    public enum Links {
        /** A link is followed to a plain file (a machine-wide folder, kept by its administrators). */
        FOLLOW,
        /** A link is not read: the user's own files are plain files, and a link could lead anywhere. */
        REFUSE
    }

    /**
     * What kind of file is read, for its limit and the words about it.
     *
     * @param name     what such a file is, as in "larger than {@code a plan file} ever is"
     * @param maxBytes the most bytes such a file ever has; a larger one is not read
     * @param links    whether a link at the path is followed
     */
    public record Kind(String name, int maxBytes, Links links) {
        public Kind {
            Objects.requireNonNull(name);
            Objects.requireNonNull(links);
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
        }

        String tooLarge(Optional<Long> size) {
            return "is " + size.map(s -> FileProblem.size(s) + ", larger").orElse("larger") + " than " + name
                    + " ever is (" + FileProblem.size(maxBytes) + " at most)";
        }
    }

    private SmallFile() {
    }

    /**
     * The file's bytes, or empty when there is nothing at the path.
     *
     * @throws FileProblem when something is there that is not a plain file of its kind that can
     *                     be read (a link to nothing included: that is not "no file")
     */
    public static Optional<byte[]> read(Path file, Kind kind) throws FileProblem {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (AtomicFile.noFolderFor(file)) {
                return Optional.empty();   // a file where its folder should be: nothing can be at the path
            }
            throw new FileProblem(FileProblem.whyNotRead(e), e);
        }
        if (attributes.isSymbolicLink()) {
            if (!Files.exists(file)) {
                throw new FileProblem("is a link to a file that is not there");
            }
            if (kind.links() == Links.REFUSE) {
                throw new FileProblem("is a link to another file, not a plain file, so it is not read");
            }
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                throw new FileProblem(FileProblem.whyNotRead(e), e);
            }
        }
        if (attributes.isDirectory()) {
            throw new FileProblem("is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new FileProblem("is not a plain file (it may be a device or a pipe), so it is not read");
        }
        if (attributes.size() > kind.maxBytes()) {
            throw new FileProblem.TooLarge(kind.tooLarge(Optional.of(attributes.size())));
        }
        byte[] bytes;
        OpenOption[] options = kind.links() == Links.REFUSE ? new OpenOption[] {LinkOption.NOFOLLOW_LINKS}
                : new OpenOption[0];
        try (InputStream in = Files.newInputStream(file, options)) {
            // The size read above may be out of date already, e.g. a file still being written.
            bytes = in.readNBytes(kind.maxBytes() + 1);
        } catch (IOException e) {
            throw new FileProblem(FileProblem.whyNotRead(e), e);
        }
        if (bytes.length > kind.maxBytes()) {
            throw new FileProblem.TooLarge(kind.tooLarge(Optional.empty()));
        }
        return Optional.of(bytes);
    }

    /**
     * Bytes as UTF-8 text, strictly (a byte that is not UTF-8 is a problem, never a guess), without
     * the byte-order mark some editors write first.
     *
     * @param notText the words for bytes that are not UTF-8 text, e.g. "is not UTF-8 text, so it is not a plan file"
     */
    public static String text(byte[] bytes, String notText) throws FileProblem {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new FileProblem(notText);
        }
    }
}
