package org.careerroutes.export;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The encoder's output is read back by an independent PNG decoder (the JDK's ImageIO). */
class PngEncoderTest {

    @Test
    void pixelsSurviveARoundTripThroughAStandardDecoder() throws IOException {
        int width = 7;
        int height = 5;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (0xFF << 24) | (i * 7 << 16) | (255 - i * 5 << 8) | (i * 3);
        }
        pixels[3] = 0x80112233;   // half transparent

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(pixels, width, height)));

        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        int[] back = image.getRGB(0, 0, width, height, null, 0, width);
        assertArrayEquals(pixels, back);
    }

    @Test
    void mismatchedSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new int[5], 2, 2));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new int[0], 0, 0));
    }
}
