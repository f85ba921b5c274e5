package org.careerroutes.export;

import org.careerroutes.files.AtomicFile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Writes 8-bit RGBA pixels as a PNG file with the JDK's own encoder (ImageIO, in
 * {@code java.desktop}, which JavaFX's graphics module already needs), in one step
 * ({@link AtomicFile}: a cut write leaves the old picture, and only a new path or a plain file is
 * written). Nothing here is loaded until a student first exports, so start-up does not pay for it.
 * Slow for a large map: run it off the JavaFX thread.
 */
public final class PngFile {

    private PngFile() {
    }

    /**
     * @param argb   pixels row by row, each 0xAARRGGBB
     * @param width  pixels per row
     * @param height rows
     */
    public static void write(int[] argb, int width, int height, Path file) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFile.checkWritable(file);
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 4 + 1024);
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("this Java has no PNG writer");
        }
        AtomicFile.write(file, png.toByteArray(), Optional.empty());
    }
}
