package org.careerroutes.handout.view;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The handout's pages as pictures, drawn from the PDF itself, so that the preview and the print
 * show exactly what the PDF holds.
 */
final class PdfPages {

    /** For the screen: a page about as wide as a 1024-pixel screen allows at 100% text. */
    static final float PREVIEW_DPI = 80;
    /** For paper: sharp text at the sizes the handout uses. */
    static final float PRINT_DPI = 200;

    private PdfPages() {
    }

    static List<Image> render(byte[] pdf, float dpi) {
        List<Image> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(image(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
        } catch (IOException e) {
            // The bytes were made by the handout a moment ago, in memory.
            throw new UncheckedIOException("the handout's pages could not be drawn", e);
        }
        return pages;
    }

    private static Image image(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
