package org.careerroutes.routemap;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

/**
 * The picture a student saves or prints: the map's title above the whole map, and its key and
 * the content's licence line below, so the picture explains itself away from the app. Laid out
 * in a scene of its own with the window's stylesheets, so it looks as the map does.
 */
final class MapPicture {

    private MapPicture() {
    }

    /**
     * @param map      the map as drawn (its zoom on screen does not matter)
     * @param scale    how many picture pixels to a pixel of the map at its natural size
     * @param like     the scene the map is shown in, for its stylesheets and text size
     */
    static Region compose(Node map, double scale, RouteMapViewModel model, String title, String licence, Scene like) {
        WritableImage image = MapSnapshot.image(map, scale);
        double width = image.getWidth() / scale;
        ImageView picture = new ImageView(image);
        picture.setFitWidth(width);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        Label heading = ProfileText.heading(title, Styles.HEADING_1);
        heading.setId("picture-title");
        heading.setMaxWidth(width);
        FlowPane key = (FlowPane) RouteMapLegend.create(model, true);
        key.setId("picture-key");
        key.setPrefWrapLength(width);
        key.setMaxWidth(width);
        Label credit = ProfileText.text(licence, Styles.MUTED);
        credit.setId("picture-licence");
        credit.setMaxWidth(width);
        VBox root = new VBox(10, heading, picture, key, credit);
        root.getStyleClass().add(MapStyles.MAP_PICTURE);
        root.setMinWidth(Region.USE_PREF_SIZE);
        Scene scene = new Scene(root);
        if (like != null) {
            scene.getStylesheets().setAll(like.getStylesheets());
            root.getStyleClass().addAll(like.getRoot().getStyleClass().stream()
                    .filter(c -> !root.getStyleClass().contains(c)).toList());
            root.setStyle(like.getRoot().getStyle());
        }
        root.applyCss();
        root.resize(root.prefWidth(-1), root.prefHeight(root.prefWidth(-1)));
        root.layout();
        return root;
    }
}
