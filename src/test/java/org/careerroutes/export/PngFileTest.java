package org.careerroutes.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The file written is a PNG that a decoder reads back pixel for pixel, transparency included. */
class PngFileTest {

    @TempDir
    Path dir;

    @Test
    void pixelsSurviveARoundTripThroughAStandardDecoder() throws IOException {
        int width = 7;
        int height = 5;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (0xFF << 24) | (i * 7 << 16) | (255 - i * 5 << 8) | (i * 3);
        }
        pixels[3] = 0x80112233;   // half transparent
        Path file = dir.resolve("map.png");

        PngFile.write(pixels, width, height, file);

        byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(file), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, start, "a PNG signature");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        int[] back = image.getRGB(0, 0, width, height, null, 0, width);
        assertArrayEquals(pixels, back);
    }

    @Test
    void mismatchedSizesAreRefusedAndNothingIsWritten() {
        Path file = dir.resolve("none.png");
        assertThrows(IllegalArgumentException.class, () -> PngFile.write(new int[5], 2, 2, file));
        assertThrows(IllegalArgumentException.class, () -> PngFile.write(new int[0], 0, 0, file));
        assertFalse(Files.exists(file));
    }

    @Test
    void aPlaceThatCannotBeWrittenIsAnIoErrorThatSaysWhy() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("no"), "a file where a folder should be");
        IOException e = assertThrows(IOException.class,
                () -> PngFile.write(new int[] {0xFF000000}, 1, 1, inTheWay.resolve("folder.png")));
        assertEquals("cannot be written: its folder " + inTheWay + " cannot be made (a file is in the way where a "
                + "folder should be)", e.getMessage());
    }

    @Test
    void aMissingFolderIsMadeAndThePictureWrittenWhole() throws IOException {
        Path file = dir.resolve("new").resolve("map.png");
        PngFile.write(new int[] {0xFF000000}, 1, 1, file);
        assertEquals(1, ImageIO.read(file.toFile()).getWidth());
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
    }
}
