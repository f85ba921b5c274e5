package org.careerroutes.routemap;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.careerroutes.export.PngFile;

import java.io.IOException;
import java.nio.file.Path;

/** A picture (of the whole map, with its title, key and licence) as pixels, ready to save. */
public record MapSnapshot(int width, int height, int[] argb) {

    /** The map alone, at {@code scale} times its natural size whatever its zoom on screen. */
    static WritableImage image(Node map, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        // The map's own zoom transform is part of what a snapshot draws: undo it.
        double zoom = map.getLocalToParentTransform().getMxx();
        parameters.setTransform(new Scale(scale / zoom, scale / zoom));
        return map.snapshot(parameters, null);
    }

    /** A node (not scaled on screen) at {@code scale} times its size. */
    static MapSnapshot of(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(new Scale(scale, scale));
        WritableImage image = node.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new MapSnapshot(width, height, pixels);
    }

    public void writePng(Path file) throws IOException {
        PngFile.write(argb, width, height, file);
    }
}
