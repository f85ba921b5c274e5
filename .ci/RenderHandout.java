import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Renders every page of a handout as the print preview does, with the packaged app's own runtime
 * and jars, and fails when a page comes out blank: the smoke test's check that the package build
 * left in every resource the preview needs.
 */
public class RenderHandout {
    public static void main(String[] args) throws Exception {
        try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                int dark = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        if ((image.getRGB(x, y) & 0xff) < 128) {
                            dark++;
                        }
                    }
                }
                System.out.println("page " + (page + 1) + ": " + dark + " dark pixels");
                if (dark < 2000) {
                    throw new IllegalStateException("page " + (page + 1) + " of " + args[0] + " is nearly blank");
                }
            }
        }
    }
}
