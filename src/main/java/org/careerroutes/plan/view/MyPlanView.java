package org.careerroutes.plan.view;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.kit.NoteBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TabOut;
import org.careerroutes.kit.TextPage;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.PlanOutline;
import org.careerroutes.plan.StepMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The My plan tab: where the plan is kept, the favourite pathway and its steps (kind, entry
 * requirements, usual length, the student's mark and note), the "Am I on track?" verdicts, the
 * student's skills and the things they've done (their record's, made by their own views), the
 * plan's note, and the ways to keep it or take it away. Binds to a {@link MyPlanModel}.
 */
public final class MyPlanView {

    private final MyPlanModel model;
    private final Profile profile;
    private final VBox steps = new VBox();
    private final VBox elsewhere = new VBox();
    private final VBox verdicts = new VBox();
    private final ComboBox<String> pathway = new ComboBox<>();
    private final NoteBox note = new NoteBox(MyPlan.MAX_NOTE, "my-plan-note");
    private final Label notice = ProfileText.text("", Styles.BODY_TEXT);
    private final VBox noticeBox;
    /** Set while this page itself changes the plan, so that it does not redraw under the student's hands. */
    private boolean editing;

    /**
     * @param notice        a plan that could not be read or saved ("" for nothing), and how to dismiss it
     * @param skills        what the student says about the job's skills ({@link MySkillsView#summary})
     * @param encounters    Things I've done ({@link EncountersView})
     * @param shortlist     the student's shortlist of jobs, after Things I've done (where the window has several jobs)
     */
    public static TextPage create(MyPlanModel model, javafx.beans.value.ObservableStringValue notice,
                                  Runnable dismissNotice, Node skills, Node encounters, Optional<Node> shortlist) {
        return new MyPlanView(model, notice, dismissNotice, skills, encounters, shortlist).page;
    }

    private final TextPage page;

    private MyPlanView(MyPlanModel model, javafx.beans.value.ObservableStringValue planNotice, Runnable dismissNotice,
                       Node skills, Node encounters, Optional<Node> shortlist) {
        this.model = model;
        this.profile = model.profile();

        Label heading = ProfileText.heading("My plan", Styles.HEADING_1);
        Label lead = ProfileText.text("Your own plan for becoming "
                + org.careerroutes.model.Words.withArticle(org.careerroutes.model.Words.lowerFirst(profile.title()))
                + ": the pathway you favour, what you have done or are thinking about, your notes, and whether "
                + "you are on track.", Styles.LEAD);
        Label keeping = ProfileText.text(model.keepingText(), Styles.BODY_TEXT);
        keeping.setId("my-plan-keeping");
        Label keepingState = ProfileText.text("", Styles.MUTED);
        keepingState.setId("my-plan-keeping-state");
        keepingState.textProperty().bind(model.keepingStateProperty());
        keepingState.visibleProperty().bind(model.keepingStateProperty().isNotEmpty());
        keepingState.managedProperty().bind(keepingState.visibleProperty());
        VBox keepingBox = new VBox(ProfileText.text(model.atKiosk() ? "At this stand" : "Where your plan is kept",
                Styles.CALLOUT_BADGE), keeping, keepingState);
        keepingBox.getStyleClass().add(Styles.CALLOUT);

        // A plan that could not be read or saved: said on the page until the student has seen it.
        notice.setId("my-plan-notice");
        Button dismiss = new Button("OK, I have read this");
        dismiss.setId("my-plan-notice-dismiss");
        dismiss.setOnAction(e -> dismissNotice.run());
        noticeBox = new VBox(ProfileText.text("About your plan", Styles.CALLOUT_BADGE), notice, dismiss);
        noticeBox.getStyleClass().addAll(Styles.CALLOUT, PlanStyles.PROBLEM);
        Runnable showNotice = () -> {
            String text = planNotice.get();
            notice.setText(text == null ? "" : text);
            boolean shown = text != null && !text.isBlank();
            noticeBox.setVisible(shown);
            noticeBox.setManaged(shown);
        };
        planNotice.addListener((obs, old, now) -> showNotice.run());
        showNotice.run();
        Node newsBox = news();

        Node pathwayPart = pathwayChooser();
        steps.setId("my-plan-steps");
        steps.getStyleClass().add(Styles.BLOCKS);
        elsewhere.setId("my-plan-elsewhere");
        elsewhere.getStyleClass().add(Styles.BLOCKS);
        verdicts.setId("my-plan-verdicts");
        verdicts.getStyleClass().add(Styles.BLOCKS);

        Label notesHeading = ProfileText.heading("My notes", Styles.HEADING_2);
        note.area().setPrefRowCount(5);
        note.area().setAccessibleText("My notes on my plan");
        note.area().setPromptText("Questions to ask, open days, what to do next\u2026");
        note.area().getStyleClass().add(PlanStyles.NOTE);
        note.area().setText(model.plan().note());
        note.textProperty().addListener((obs, old, text) -> edit(() -> model.note(text)));
        TabOut.install(note.area());

        ChangeListener<MyPlan> redraw = (obs, old, now) -> {
            if (!now.qualifications().equals(old == null ? null : old.qualifications())) {
                showVerdicts(now);
            }
            if (!editing) {
                if (!Objects.equals(note.area().getText(), now.note())) {
                    edit(() -> note.area().setText(now.note()));
                }
                pathway.getSelectionModel().select(now.pathway().orElse(""));
                showSteps(now);
            }
        };
        // Weakly: a page dropped for another profile is not kept alive by the window's plan.
        model.planProperty().addListener(new javafx.beans.value.WeakChangeListener<>(redraw));
        showSteps(model.plan());
        showVerdicts(model.plan());

        // The shortlist, where the window gives one, goes after Things I've done: a new part, so the list is built apart.
        List<Node> parts = new ArrayList<>(List.of(heading, lead, noticeBox, newsBox, keepingBox,
                ProfileText.heading("My pathway", Styles.HEADING_2), pathwayPart, steps, elsewhere,
                ProfileText.heading("Am I on track?", Styles.HEADING_2), verdicts,
                ProfileText.heading("My skills", Styles.HEADING_2), skills,
                ProfileText.heading("Things I've done", Styles.HEADING_2), encounters));
        shortlist.ifPresent(parts::add);
        parts.addAll(List.of(notesHeading, note,
                ProfileText.heading(model.atKiosk() ? "Take it with you" : "Keep it or take it with you", Styles.HEADING_2),
                PlanActions.create(model)));
        ScrollPane scroll = ProfileText.page("page-my-plan", parts.toArray(Node[]::new));
        scroll.getProperties().put(MyPlanView.class, redraw);   // held as long as the page
        page = new TextPage(scroll);
    }

    /** What the student is told once that is not a problem (their record made from older plans), until they have read it. */
    private Node news() {
        Label text = ProfileText.text("", Styles.BODY_TEXT);
        text.setId("my-plan-news");
        text.textProperty().bind(model.newsProperty());
        Button dismiss = new Button("OK");
        dismiss.setId("my-plan-news-dismiss");
        dismiss.setAccessibleText("OK, I have read this");
        dismiss.setOnAction(e -> model.dismissNews());
        VBox box = new VBox(ProfileText.text("Good to know", Styles.CALLOUT_BADGE), text, dismiss);
        box.getStyleClass().add(Styles.CALLOUT);
        box.visibleProperty().bind(model.newsProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Runs a change this page makes, so that the page does not redraw itself under the student. */
    private void edit(Runnable change) {
        if (editing) {
            return;
        }
        editing = true;
        try {
            change.run();
        } finally {
            editing = false;
        }
    }

    private Node pathwayChooser() {
        List<Pathway> offered = PlanOutline.pathways(profile);
        List<String> ids = new ArrayList<>();
        ids.add("");
        offered.forEach(p -> ids.add(p.id()));
        pathway.setItems(FXCollections.observableArrayList(ids));
        pathway.setId("my-plan-pathway");
        pathway.setAccessibleText("My favourite pathway");
        pathway.setMaxWidth(Double.MAX_VALUE);
        java.util.function.Function<String, String> title = id -> id == null || id.isEmpty()
                ? "No pathway chosen yet"
                : offered.stream().filter(p -> p.id().equals(id)).map(Pathway::title).findFirst().orElse(id);
        pathway.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : title.apply(item));
                setWrapText(true);
            }
        });
        pathway.setButtonCell(pathway.getCellFactory().call(null));
        pathway.getSelectionModel().select(model.plan().pathway().orElse(""));
        pathway.valueProperty().addListener((obs, old, id) -> {
            if (id != null && !editing && !id.equals(model.plan().pathway().orElse(""))) {
                model.choosePathway(id.isEmpty() ? Optional.empty() : Optional.of(id));
            }
        });
        Label label = ProfileText.text("The pathway I favour", Styles.BODY_TEXT);
        label.setLabelFor(pathway);
        if (offered.isEmpty()) {
            return ProfileText.text("This profile has no route map, so there are no pathways to choose from.",
                    Styles.BODY_TEXT);
        }
        return new VBox(label, pathway);
    }

    private void showSteps(MyPlan plan) {
        PlanOutline outline = PlanOutline.of(profile, plan);
        List<Node> shown = new ArrayList<>();
        if (outline.pathway().isEmpty()) {
            shown.add(ProfileText.text(outline.unknownPathway().isPresent()
                    ? "The pathway you chose (\u201c" + outline.unknownPathway().get() + "\u201d) is not in this profile "
                    + "any more. Choose another above."
                    : "Choose a pathway above to see its steps here, each with what it asks for and how long it "
                    + "usually takes. You can also mark steps on the Route map.", Styles.BODY_TEXT));
        } else {
            shown.add(ProfileText.text(outline.steps().size() + " steps, in order. Mark each one and add a note if you "
                    + "like.", Styles.BODY_TEXT));
            for (PlanOutline.Step step : outline.steps()) {
                shown.add(stepCard(step, outline.steps().size()));
            }
        }
        steps.getChildren().setAll(shown);

        List<Node> other = new ArrayList<>();
        List<MapNode> off = PlanOutline.markedElsewhere(profile, plan, outline);
        if (!off.isEmpty()) {
            other.add(ProfileText.heading(outline.pathway().isPresent() ? "Other steps you marked" : "Steps you marked",
                    Styles.HEADING_3));
            for (MapNode node : off) {
                String mark = plan.mark(node.id()).map(StepMark::label).orElse("No mark");
                String text = mark + ": " + node.title() + plan.stepNote(node.id()).map(n -> ". My note: " + n).orElse("");
                Label line = ProfileText.text(text, Styles.BODY_TEXT);
                line.setId("my-plan-elsewhere-" + node.id());
                other.add(line);
            }
        }
        if (!outline.unknownSteps().isEmpty()) {
            Label unknown = ProfileText.text("Your plan also has marks or notes for steps this profile no longer has ("
                    + String.join(", ", outline.unknownSteps()) + "). They are kept in your plan.", Styles.MUTED);
            unknown.setWrapText(true);
            unknown.setId("my-plan-unknown-steps");
            other.add(unknown);
        }
        elsewhere.getChildren().setAll(other);
        elsewhere.setVisible(!other.isEmpty());
        elsewhere.setManaged(!other.isEmpty());
    }

    private Node stepCard(PlanOutline.Step step, int count) {
        MapNode node = step.node();
        Label title = ProfileText.heading(step.number() + ". " + node.title(), Styles.HEADING_3);
        List<String> meta = new ArrayList<>();
        meta.add("Step " + step.number() + " of " + count);
        meta.add(node.kind().label());
        node.duration().ifPresent(d -> meta.add("usually " + d.text()));
        Label about = ProfileText.text(String.join(" \u00b7 ", meta), Styles.MUTED, PlanStyles.STEP_META);

        VBox card = new VBox(title, about);
        step.entryRoute().ifPresent(route -> {
            Label requirements = ProfileText.text("Entry requirements (" + route.title() + ")", Styles.BODY_TEXT,
                    PlanStyles.REQUIREMENTS_HEADING);
            card.getChildren().addAll(requirements, ProfileText.blocks(route.entryRequirements().blocks()));
        });

        ToggleGroup group = new ToggleGroup();
        FlowPane marks = new FlowPane();
        marks.getStyleClass().add(PlanStyles.MARKS);
        Label markLabel = ProfileText.text("My mark:", Styles.BODY_TEXT);
        markLabel.setMaxWidth(Region.USE_PREF_SIZE);
        marks.getChildren().add(markLabel);
        for (StepMark mark : StepMark.values()) {
            ToggleButton button = new ToggleButton(mark.label());
            button.setId("my-plan-mark-" + node.id() + "-" + mark.key());
            button.setToggleGroup(group);
            button.getStyleClass().add(PlanStyles.MARK_BUTTON);
            button.setAccessibleText(mark.word() + ", for " + node.title());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setSelected(step.mark().equals(Optional.of(mark)));
            button.setUserData(mark);
            marks.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> edit(() -> model.mark(node.id(),
                now == null ? Optional.empty() : Optional.of((StepMark) now.getUserData()))));

        NoteBox stepNote = new NoteBox(MyPlan.MAX_STEP_NOTE, "my-plan-step-note-" + node.id());
        stepNote.area().setText(step.note().orElse(""));
        stepNote.area().setPrefRowCount(2);
        stepNote.area().setAccessibleText("My note on " + node.title());
        stepNote.area().setPromptText("My note on this step");
        stepNote.area().getStyleClass().add(PlanStyles.NOTE);
        stepNote.textProperty().addListener((obs, old, text) -> edit(() -> model.noteStep(node.id(), text)));
        TabOut.install(stepNote.area());

        card.getChildren().addAll(marks, stepNote);
        card.getStyleClass().addAll(Styles.CARD, PlanStyles.STEP);
        card.setId("my-plan-step-" + node.id());
        return card;
    }

    private void showVerdicts(MyPlan plan) {
        List<Node> shown = new ArrayList<>();
        if (plan.qualifications().isEmpty()) {
            shown.add(ProfileText.text("You have not entered any qualifications yet, so there are no verdicts.",
                    Styles.BODY_TEXT));
            Hyperlink go = new Hyperlink("Enter your qualifications in Am I on track?");
            go.setId("my-plan-on-track-link");
            go.setOnAction(e -> model.showOnTrack());
            shown.add(go);
        } else {
            List<String> mine = plan.qualifications().stream().map(StudentQualification::describe).toList();
            Label entered = ProfileText.text("My qualifications (the same for every job): " + String.join("; ", mine) + ".",
                    Styles.BODY_TEXT);
            entered.setId("my-plan-qualifications");
            shown.add(entered);
            for (RouteVerdict verdict : model.verdicts(plan)) {
                String summary = verdict.summary();
                Label line = ProfileText.text(verdict.outcome().symbol() + " " + verdict.route().title() + ": "
                        + summary + (summary.endsWith(".") ? "" : "."), Styles.BODY_TEXT, PlanStyles.VERDICT);
                line.setId("my-plan-verdict-" + verdict.route().id());
                shown.add(line);
            }
            Hyperlink go = new Hyperlink("Change them in Am I on track?");
            go.setId("my-plan-on-track-link");
            go.setOnAction(e -> model.showOnTrack());
            shown.add(go);
        }
        verdicts.getChildren().setAll(shown);
    }
}
