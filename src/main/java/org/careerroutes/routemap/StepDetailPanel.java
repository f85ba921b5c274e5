package org.careerroutes.routemap;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.NoteBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;

import java.util.function.Consumer;

/**
 * The side panel for one step: what it is, how long it takes, its entry requirements, the
 * pathways through it, facts with their sources, and a link to the matching part of the profile.
 */
final class StepDetailPanel extends ScrollPane {

    private final VBox body = new VBox();
    private final Profile profile;
    private final RouteMapViewModel model;
    private final Consumer<String> openTopic;
    private final Button close = new Button("\u00d7");

    /** @param openTopic shows a route or section of the profile by its id or key */
    StepDetailPanel(Profile profile, RouteMapViewModel model, Consumer<String> openTopic) {
        this.profile = profile;
        this.model = model;
        this.openTopic = openTopic;
        setId("step-detail");
        getStyleClass().add(MapStyles.STEP_DETAIL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(340);
        setMinWidth(260);
        body.getStyleClass().add(MapStyles.STEP_DETAIL_BODY);
        setContent(body);
        close.setId("close-detail");
        close.getStyleClass().add(MapStyles.CLOSE_BUTTON);
        close.setAccessibleText("Close details");
        close.setOnAction(e -> model.closeDetail());
        // Never squeezed by a long title: the \u00d7 is always seen whole.
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinHeight(Region.USE_PREF_SIZE);
        model.plan().changes().addListener((obs, old, now) -> showPlan());
    }

    /** The step the panel shows, or null before it first shows one. */
    private MapNode shown;
    private final java.util.Map<StepPlan.Mark, ToggleButton> planChoices = new java.util.LinkedHashMap<>();
    private TextArea note;
    private final Label planState = new Label();

    /** The "My plan" part: the student's mark (Done, Considering, Not for me) and note for the step. */
    private Node planPart(MapNode node) {
        Label heading = ProfileText.heading("My plan", Styles.HEADING_3);
        planChoices.clear();
        javafx.scene.layout.FlowPane wrap = new javafx.scene.layout.FlowPane(6, 6);
        wrap.getStyleClass().add(MapStyles.PLAN_CHOICE);
        for (StepPlan.Mark mark : model.plan().marks()) {
            ToggleButton choice = new ToggleButton(mark.label());
            choice.setId("plan-" + mark.key());
            choice.setMinWidth(Region.USE_PREF_SIZE);
            choice.setAccessibleHelp("Marks this step in your plan; press again to clear the mark");
            choice.setOnAction(e -> {
                model.togglePlanMark(node.id(), mark);
                choice.setSelected(model.planMark(node.id()).filter(mark::equals).isPresent());
            });
            planChoices.put(mark, choice);
            wrap.getChildren().add(choice);
        }
        Label noteLabel = new Label("My note on this step");
        // As long as the plan holds, and no longer: the box says so near its limit, and cuts a paste with a message.
        NoteBox box = new NoteBox(model.plan().noteLimit(), "plan-step-note");
        note = box.area();
        note.setText(model.plan().noteOn(node.id()).orElse(""));
        note.setPrefRowCount(3);
        note.setPromptText("For example, a question to ask a careers adviser");
        noteLabel.setLabelFor(note);
        note.setAccessibleText("My note on " + node.title());
        note.textProperty().addListener((obs, old, text) -> model.setStepNote(node.id(), text));
        // Tab moves on from the note rather than typing a tab into it (Ctrl+Tab is the window's
        // next-tab key, so it cannot be used): to the panel's next control, or back with Shift.
        note.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                moveFocusFrom(note, e.isShiftDown() ? -1 : 1);
            }
        });
        planState.setId("detail-plan-mark");
        planState.setWrapText(true);
        planState.getStyleClass().add(Styles.BODY_TEXT);
        VBox part = new VBox(6, heading, planState, wrap, noteLabel, box);
        part.setId("detail-plan");
        part.getStyleClass().add(MapStyles.PLAN_PART);
        showPlan();
        return part;
    }

    /** Moves focus to the panel's next (or previous) control after {@code from}, round to the first. */
    private void moveFocusFrom(Node from, int step) {
        java.util.List<Node> controls = new java.util.ArrayList<>();
        collectFocusable(body, controls);
        int at = controls.indexOf(from);
        if (controls.isEmpty() || at < 0) {
            return;
        }
        controls.get(Math.floorMod(at + step, controls.size())).requestFocus();
    }

    private static void collectFocusable(Node node, java.util.List<Node> into) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            into.add(node);
        }
        if (node instanceof javafx.scene.Parent parent && !(node instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectFocusable(child, into));
        }
    }

    /** Shows the plan's mark for the step on the choices, without making the panel again (the note keeps its caret). */
    private void showPlan() {
        if (shown == null) {
            return;
        }
        java.util.Optional<StepPlan.Mark> mark = model.planMark(shown.id());
        planChoices.forEach((each, choice) -> choice.setSelected(mark.filter(each::equals).isPresent()));
        planState.setText(mark.map(m -> "In my plan: " + m.label()).orElse("Not marked in my plan yet."));
    }

    /** Fills the panel for a step. */
    void show(MapNode node) {
        body.getChildren().clear();
        Label title = ProfileText.heading(node.title(), Styles.HEADING_2);
        title.setId("detail-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox heading = new HBox(title, close);
        heading.getStyleClass().add(MapStyles.DETAIL_HEADING);
        String stage = model.map().stage(node.stage()).map(s -> s.title()).orElse(node.stage());
        // "Training \u00b7 Study and training", but the kind once where the stage has its name.
        String subtitle = stage.equalsIgnoreCase(node.kind().label()) ? stage : node.kind().label() + " \u00b7 " + stage;
        Label sub = ProfileText.text(subtitle, Styles.MUTED);
        sub.setId("detail-subtitle");
        sub.getStyleClass().add(MapStyles.DETAIL_SUBTITLE);
        body.getChildren().addAll(heading, sub);
        shown = node;

        node.link().ifPresent(topic -> {
            Button more = new Button("Read more in the profile");
            more.setId("detail-read-more");
            more.getStyleClass().add(MapStyles.READ_MORE);
            more.setOnAction(e -> openTopic.accept(topic));
            body.getChildren().add(more);
        });
        model.markFor(node.id()).ifPresent(mark -> {
            body.getChildren().add(ProfileText.heading("Your qualifications", Styles.HEADING_3));
            Label label = ProfileText.text(mark.text(), Styles.BODY_TEXT, MapStyles.DETAIL_MARK);
            label.getStyleClass().add(Styles.MARK);
            Styles.markState(label, mark.style());
            body.getChildren().addAll(label, ProfileText.text(mark.detail(), Styles.BODY_TEXT, MapStyles.DETAIL_MARK_DETAIL));
        });
        if (model.plan().isOffered()) {
            body.getChildren().add(planPart(node));
        }
        node.duration().ifPresent(d -> body.getChildren().add(ProfileText.text("How long: " + d.text()
                + d.source().map(s -> " (source: " + s + ")").orElse(""), Styles.BODY_TEXT, MapStyles.DETAIL_DURATION)));
        if (!node.about().isEmpty()) {
            body.getChildren().add(ProfileText.heading("What it is", Styles.HEADING_3));
            body.getChildren().add(ProfileText.blocks(node.about()));
        }
        node.link().flatMap(id -> profile.entryRoutes().route(id)).ifPresent(route -> {
            Node requirements = ProfileText.section(route.entryRequirements(), Styles.HEADING_3);
            requirements.getStyleClass().add(MapStyles.ENTRY_REQUIREMENTS);
            body.getChildren().add(ProfileText.text("Entry requirements for the " + route.title().toLowerCase(java.util.Locale.UK)
                    + " route", Styles.MUTED));
            body.getChildren().add(requirements);
        });
        if (!model.pathwaysThrough(node.id()).isEmpty()) {
            body.getChildren().add(ProfileText.heading("Pathways through this step", Styles.HEADING_3));
            for (Pathway pathway : model.pathwaysThrough(node.id())) {
                Hyperlink link = new Hyperlink(pathway.title());
                link.setId("detail-pathway-" + pathway.id());
                link.setWrapText(true);
                link.setOnAction(e -> model.choosePathway(pathway.id()));
                body.getChildren().add(link);
            }
        }
        profile.factsAbout(node.id()).forEach(fact -> body.getChildren().add(ProfileText.fact(fact)));

        setVvalue(0);
        setAccessibleRole(AccessibleRole.SCROLL_PANE);
        setAccessibleText("Details: " + node.title());
    }

    /** Moves keyboard focus into the panel, onto its close button. */
    void focusFirst() {
        // Just added over the map, the panel has no skin yet, so its content is not in the scene.
        applyCss();
        close.requestFocus();
    }
}
