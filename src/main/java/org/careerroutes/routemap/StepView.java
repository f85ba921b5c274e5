package org.careerroutes.routemap;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.NodeKind;

import java.util.OptionalInt;

/**
 * One step drawn on the map: an icon and a word for its kind, its title, how long it takes,
 * and its number when it is on the chosen pathway. Its states are pseudo-classes
 * ({@code :selected}, {@code :on-path}, {@code :dimmed}) so the stylesheet decides the look.
 */
public final class StepView extends VBox {

    /** The width of a step at the normal text size; it grows with the text. */
    public static final double WIDTH = 184;


    private final MapNode node;
    private final Label number = new Label();
    private final Label title;
    /** How a student's qualifications stand against this step, when they have entered some. */
    private final Label mark = new Label();
    /** The student's own mark in their plan (Done, Considering, Not for me), when there is one. */
    private final Label planMark = new Label();
    /** The state its mark shows now, if any. */
    private java.util.Optional<PseudoClass> planMarkState = java.util.Optional.empty();

    public StepView(MapNode node) {
        this.node = node;
        setId("step-" + node.id());
        getStyleClass().addAll(MapStyles.MAP_STEP, MapStyles.KIND + node.kind().key());
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleHelp("Press Enter for details; arrow keys move between steps");
        setFocusTraversable(false);
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);

        SVGPath icon = KindIcons.icon(node.kind());
        Label kind = new Label(node.kind().label());
        kind.getStyleClass().add(MapStyles.STEP_KIND);
        number.getStyleClass().add(MapStyles.STEP_NUMBER);
        // Always takes its room, so numbering a step never changes its size.
        number.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(icon, kind, spacer, number);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add(MapStyles.STEP_TOP);

        title = new Label(node.title());
        title.getStyleClass().add(MapStyles.STEP_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(top, title);
        node.duration().ifPresent(d -> {
            Label duration = new Label(d.text());
            duration.getStyleClass().add(MapStyles.STEP_DURATION);
            getChildren().add(duration);
        });
        mark.setId("mark-" + node.id());
        mark.getStyleClass().add(MapStyles.STEP_MARK);
        mark.setMinHeight(Region.USE_PREF_SIZE);
        showMark(java.util.Optional.empty());
        planMark.setId("plan-mark-" + node.id());
        planMark.getStyleClass().add(MapStyles.PLAN_MARK);
        planMark.setMinHeight(Region.USE_PREF_SIZE);
        showPlanMark(java.util.Optional.empty());
        getChildren().addAll(mark, planMark);
    }

    /** Shows the student's own mark from their plan ("\u2611 Done"), or none; its key is its state (:done). */
    public void showPlanMark(java.util.Optional<StepPlan.Mark> shown) {
        planMarkState.ifPresent(state -> planMark.pseudoClassStateChanged(state, false));
        planMarkState = shown.map(m -> PseudoClass.getPseudoClass(m.key()));
        planMarkState.ifPresent(state -> planMark.pseudoClassStateChanged(state, true));
        planMark.setText(shown.map(StepPlan.Mark::label).orElse(""));
        planMark.setVisible(shown.isPresent());
        planMark.setManaged(shown.isPresent());
    }

    /** The plan mark's text as shown, or "" for none. */
    public String planMarkShown() {
        return planMark.isVisible() ? planMark.getText() : "";
    }

    /**
     * Shows a mark on the step (a symbol and a few words on one line), or none. A step with a
     * mark is taller, so the map is laid out again when which steps have marks changes.
     */
    public void showMark(java.util.Optional<MapMark> shown) {
        Styles.markState(mark, shown.map(MapMark::style).orElse(null));
        mark.setText(shown.map(MapMark::text).orElse(""));
        mark.setVisible(shown.isPresent());
        mark.setManaged(shown.isPresent());
    }

    /** The mark's text as shown, or "" for none. */
    public String markShown() {
        return mark.isVisible() ? mark.getText() : "";
    }

    /** The step's title as drawn, for measuring how large it is on screen. */
    public Label titleLabel() {
        return title;
    }

    public MapNode node() {
        return node;
    }

    double titleFontSize() {
        return title.getFont().getSize();
    }

    void setWidthForLayout(double width) {
        setPrefWidth(width);
        setMinWidth(width);
        setMaxWidth(width);
    }

    /** The number shown on the step while a pathway is chosen, or none. */
    public void showNumber(OptionalInt step) {
        boolean shown = step.isPresent();
        number.setText(shown ? String.valueOf(step.getAsInt()) : "");
        number.setVisible(shown);
    }

    public String numberShown() {
        return number.isVisible() ? number.getText() : "";
    }

    void setState(boolean selected, boolean onPath, boolean dimmed) {
        pseudoClassStateChanged(MapStyles.SELECTED, selected);
        pseudoClassStateChanged(MapStyles.ON_PATH, onPath);
        pseudoClassStateChanged(MapStyles.DIMMED, dimmed);
    }

    /** Small shapes, one per kind of step, so the kind never rests on colour alone. */
    static final class KindIcons {

        private KindIcons() {
        }

        static SVGPath icon(NodeKind kind) {
            SVGPath path = new SVGPath();
            path.setContent(shape(kind));
            path.getStyleClass().addAll(MapStyles.KIND_ICON, MapStyles.KIND_ICON + "-" + kind.key());
            return path;
        }

        static String shape(NodeKind kind) {
            switch (kind) {
                case QUALIFICATION:   // a mortarboard
                    return "M0 5 L8 1 L16 5 L8 9 Z M3 7 L3 11 Q8 14 13 11 L13 7 L8 10 Z";
                case EXPERIENCE:      // a heart
                    return "M8 14 L2 8 C-1 5 2 0 5 1.5 C6.5 2.2 7.5 3 8 4 C8.5 3 9.5 2.2 11 1.5 C14 0 17 5 14 8 Z";
                case TRAINING:        // an open book
                    return "M1 2 L7 3 L7 14 L1 13 Z M9 3 L15 2 L15 13 L9 14 Z";
                case EMPLOYMENT:      // a briefcase
                    return "M1 5 H15 V14 H1 Z M5 5 V2 H11 V5 H9.5 V3.5 H6.5 V5 Z";
                case REGISTRATION:    // a shield
                    return "M8 1 L14 3 V8 Q14 12 8 15 Q2 12 2 8 V3 Z";
                case GOAL:            // a star
                    return "M8 0.5 L10.2 5.5 L15.5 6 L11.5 9.6 L12.7 15 L8 12.2 L3.3 15 L4.5 9.6 L0.5 6 L5.8 5.5 Z";
                default:              // a senior role: an arrow up
                    return "M8 1 L14 8 H10 V15 H6 V8 H2 Z";
            }
        }
    }

    /** A kind's icon in a fixed-size box, for the legend. */
    static StackPane legendIcon(NodeKind kind) {
        StackPane box = new StackPane(KindIcons.icon(kind));
        box.setMinSize(18, 18);
        box.setPrefSize(18, 18);
        return box;
    }
}
