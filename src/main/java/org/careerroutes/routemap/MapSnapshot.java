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

/** A picture of the whole map at a fixed scale, whatever the zoom on screen. */
public record MapSnapshot(int width, int height, int[] argb) {

    static MapSnapshot of(Node map, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        // The map's own zoom transform is part of what a snapshot draws: undo it.
        double zoom = map.getLocalToParentTransform().getMxx();
        parameters.setTransform(new Scale(scale / zoom, scale / zoom));
        WritableImage image = map.snapshot(parameters, null);
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
