package org.careerroutes.kit;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.Fact;
import org.careerroutes.model.Note;
import org.careerroutes.model.OptionalDetail;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Section;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Builds the nodes that show profile text: headings, paragraphs, lists, facts and pages. */
public final class ProfileText {

    /** The one reading column of every text page, padding included, in pixels. */
    public static final double READING_WIDTH = 880;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ProfileText() {
    }

    /** Wrapping text that never shrinks below its text height (so nothing is cut off with "..."). */
    public static Label text(String value, String... styleClasses) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Label heading(String value, String levelStyle) {
        Label label = text(value, levelStyle);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setAccessibleRoleDescription("heading");
        return label;
    }

    public static Node paragraph(String value) {
        return text(value, Styles.BODY_TEXT);
    }

    public static Node bulletList(BulletList list) {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.BULLET_LIST);
        list.intro().ifPresent(intro -> box.getChildren().add(text(intro, Styles.BODY_TEXT)));
        for (String item : list.items()) {
            Region bullet = new Region();
            bullet.getStyleClass().add(Styles.BULLET);
            StackPane bulletCell = new StackPane(bullet);
            bulletCell.getStyleClass().add(Styles.BULLET_CELL);
            bulletCell.setAlignment(Pos.TOP_CENTER);
            bulletCell.setMinWidth(Region.USE_PREF_SIZE);
            Label text = text(item, Styles.BODY_TEXT);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(bulletCell, text);
            row.getStyleClass().add(Styles.BULLET_ITEM);
            box.getChildren().add(row);
        }
        return box;
    }

    public static Node block(Block block) {
        if (block instanceof BulletList list) {
            return bulletList(list);
        }
        if (block instanceof Note note) {
            return text("Career Routes note: " + note.text(), Styles.MUTED, "note");
        }
        return paragraph(((Paragraph) block).text());
    }

    public static VBox blocks(List<Block> blocks) {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.BLOCKS);
        blocks.forEach(b -> box.getChildren().add(block(b)));
        return box;
    }

    /** A section with its heading at the given level. */
    public static VBox section(Section section, String headingStyle) {
        VBox box = new VBox(heading(section.heading(), headingStyle), blocks(section.blocks()));
        box.getStyleClass().add(Styles.SECTION);
        return box;
    }

    /** The items of a section's lists as chips, for short lists such as skills. */
    public static Node chips(List<String> items) {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add(Styles.CHIPS);
        items.forEach(item -> pane.getChildren().add(text(item, Styles.CHIP)));
        return pane;
    }

    /** A fact from beyond the profile, with its source and when it was checked. */
    public static Node fact(Fact fact) {
        return sourced("Extra detail", fact.text(), fact.source(), fact.checked());
    }

    public static Node detail(String label, OptionalDetail detail) {
        return sourced(label, detail.text(), detail.source(), detail.checked());
    }

    private static Node sourced(String label, String text, String source, String checked) {
        VBox box = new VBox(
                text(label, Styles.FACT_LABEL),
                text(text, Styles.BODY_TEXT),
                text("Source: " + source + " (checked " + month(checked) + ")", Styles.FACT_SOURCE));
        box.getStyleClass().add(Styles.FACT);
        return box;
    }

    /** "2026-11" as "November 2026". */
    public static String month(String yearMonth) {
        try {
            return YearMonth.parse(yearMonth).format(MONTH);
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    /**
     * A readable-width column of content that scrolls when the window is short. A page taller
     * than the window is a Tab stop of its own so it can be scrolled from the keyboard (arrows,
     * Page Up/Down, Space, Home/End), and a control inside it that takes focus is scrolled into view.
     */
    public static ScrollPane page(String id, Node... children) {
        VBox column = new VBox(children);
        column.getStyleClass().add(Styles.PAGE);
        column.setMaxWidth(READING_WIDTH);
        StackPane centred = new StackPane(column);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add(Styles.PAGE_BACKDROP);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Always there, so the column starts at the same place on every page, long or short.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.getStyleClass().add(Styles.PAGE_SCROLL);
        // A Tab stop only when there is something to scroll.
        Runnable updateStop = () -> scroll.setFocusTraversable(
                centred.getBoundsInLocal().getHeight() > scroll.getViewportBounds().getHeight() + 1);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> updateStop.run());
        centred.boundsInLocalProperty().addListener((obs, old, now) -> updateStop.run());
        scroll.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() == scroll && PageScrolling.scroll(scroll, e.getCode(), e.isShiftDown())) {
                e.consume();
            }
        });
        keepFocusInView(scroll);
        return scroll;
    }

    /**
     * Scrolls a pane so that a control inside it that takes keyboard focus is in view (Tab through
     * a long page, or the Jobs page's cards). One listener per pane, moved with it from scene to
     * scene (a page can be shown again).
     */
    public static void keepFocusInView(ScrollPane scroll) {
        PageScrolling.KeepFocusInView keepInView = new PageScrolling.KeepFocusInView(scroll);
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(keepInView);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(keepInView);
            }
        });
    }
}
