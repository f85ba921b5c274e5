package org.careerroutes.plan.view;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.LineBox;
import org.careerroutes.kit.NoteBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TabOut;
import org.careerroutes.plan.Encounter;
import org.careerroutes.plan.EncounterKind;
import org.careerroutes.plan.StudentRecord;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Things I've done" on My plan: the buttons to add an encounter and to save them all as CSV,
 * the form that adds or changes one (its kind, month and year, who or where, and the three
 * questions, each box with its limit shown), a question before one is deleted, what happened
 * last, and the encounters, newest first, each with Change… and Delete…. At a kiosk, a sentence
 * instead. Binds to an {@link EncountersModel}.
 */
public final class EncountersView {


    private final EncountersModel model;
    private final VBox list = new VBox();
    private final VBox form = new VBox();
    private final Button add = new Button("Add something I've done\u2026");

    private EncountersView(EncountersModel model) {
        this.model = model;
    }

    public static Node create(EncountersModel model) {
        return new EncountersView(model).build();
    }

    private Node build() {
        VBox box = new VBox();
        box.setId("my-plan-encounters");
        box.getStyleClass().add(Styles.BLOCKS);
        if (model.atKiosk()) {
            Label why = ProfileText.text("At a careers fair stand nothing is kept, so there is no log of things you've "
                    + "done here. The code from Take this with you ends with a line about this visit: add it to Things "
                    + "I've done in Career Routes at school or at home.", Styles.BODY_TEXT);
            why.setId("my-plan-encounters-kiosk");
            box.getChildren().add(why);
            return box;
        }
        box.getChildren().add(ProfileText.text("Careers fairs, talks by employers, visits, work experience: what you did "
                + "and what you made of it. They are yours, the same for every job, and part of your plan and its handout.",
                Styles.BODY_TEXT));

        FlowPane buttons = new FlowPane();
        buttons.getStyleClass().add(PlanStyles.ACTIONS);
        add.setId("encounter-add");
        add.setAccessibleText("Add something I've done: a careers encounter");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.startAdding());
        add.disableProperty().bind(model.fullProperty());
        buttons.getChildren().add(add);
        if (model.offersCsv()) {
            Button csv = PlanActions.button("Save encounters as CSV\u2026", "encounter-csv",
                    "Save all the things you've done as a CSV file, for a spreadsheet or your careers leader",
                    model::saveCsv);
            csv.disableProperty().bind(model.busyProperty().isNotEmpty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> model.encountersProperty().get().isEmpty(), model.encountersProperty())));
            buttons.getChildren().add(csv);
        }
        Label fullText = ProfileText.text(model.fullText(), Styles.MUTED);
        fullText.setId("encounter-full");
        fullText.visibleProperty().bind(model.fullProperty());
        fullText.managedProperty().bind(fullText.visibleProperty());

        HBox busy = PlanActions.busy("encounter-busy", model.busyProperty(), model.busyProperty().isNotEmpty());

        form.setId("encounter-form");
        form.getStyleClass().addAll(Styles.CARD, PlanStyles.ENCOUNTER_FORM);
        model.formProperty().addListener((obs, old, now) -> showForm(now));
        showForm(model.formProperty().get());

        VBox question = new VBox();
        question.setId("encounter-question");
        question.getStyleClass().addAll(Styles.CALLOUT, PlanStyles.QUESTION);
        model.questionProperty().addListener((obs, old, now) -> ask(question, now));
        ask(question, model.questionProperty().get());

        Label status = PlanActions.status("encounter-status", model.statusProperty(), model.statusIsProblemProperty());

        list.setId("encounter-list");
        list.getStyleClass().add(Styles.BLOCKS);
        model.encountersProperty().addListener((obs, old, now) -> showList(now));
        showList(model.encountersProperty().get());

        box.getChildren().addAll(buttons, fullText, busy, form, question, status, list);
        return box;
    }

    private void showList(List<Encounter> encounters) {
        List<Node> cards = new ArrayList<>();
        if (encounters.isEmpty()) {
            Label none = ProfileText.text("Nothing yet. Add a careers fair, a talk, a visit or work experience once you "
                    + "have been to one.", Styles.MUTED);
            none.setId("encounter-none");
            cards.add(none);
        }
        for (int i = 0; i < encounters.size(); i++) {
            cards.add(card(i, encounters.get(i)));
        }
        list.getChildren().setAll(cards);
    }

    private Node card(int index, Encounter encounter) {
        String id = "encounter-card-" + index;
        VBox card = new VBox(ProfileText.heading(encounter.when() + " \u00b7 " + encounter.kind().label(), Styles.HEADING_3));
        if (!encounter.whoOrWhere().isBlank()) {
            card.getChildren().add(ProfileText.text("Who or where: " + encounter.whoOrWhere(), Styles.BODY_TEXT));
        }
        if (!encounter.job().isBlank()) {
            card.getChildren().add(ProfileText.text("Thinking about: " + encounter.job(), Styles.MUTED));
        }
        answer(card, "What did I learn?", encounter.learned());
        answer(card, "Did it change what I think about this job?", encounter.changedMyView());
        answer(card, "What will I do next?", encounter.nextStep());
        String name = EncountersModel.name(encounter);
        FlowPane buttons = new FlowPane(
                PlanActions.button("Change\u2026", id + "-change", "Change " + name, () -> model.startChanging(encounter.id())),
                PlanActions.button("Delete\u2026", id + "-delete", "Delete " + name, () -> model.askToDelete(encounter.id())));
        buttons.getStyleClass().add(PlanStyles.ACTIONS);
        card.getChildren().add(buttons);
        card.setId(id);
        card.getStyleClass().addAll(Styles.CARD, PlanStyles.ENCOUNTER);
        return card;
    }

    private static void answer(VBox card, String question, String answer) {
        if (!answer.isBlank()) {
            card.getChildren().addAll(ProfileText.text(question, Styles.BODY_TEXT, PlanStyles.REQUIREMENTS_HEADING),
                    ProfileText.text(answer.strip(), Styles.BODY_TEXT));
        }
    }

    private void showForm(EncountersModel.Form open) {
        boolean hadFocus = form.getScene() != null && isInside(form.getScene().getFocusOwner(), form);
        form.getChildren().clear();
        form.setVisible(open != null);
        form.setManaged(open != null);
        if (open == null) {
            if (hadFocus) {
                add.requestFocus();
            }
            return;
        }
        Optional<Encounter> changing = open.changing();
        form.getChildren().add(ProfileText.heading(changing.map(e -> "Change: " + EncountersModel.name(e))
                .orElse("Add something I've done"), Styles.HEADING_3));

        ComboBox<EncounterKind> kind = new ComboBox<>(FXCollections.observableArrayList(EncounterKind.values()));
        kind.setId("encounter-kind");
        kind.setPromptText("Choose\u2026");
        named(kind, EncounterKind::label);
        kind.setMaxWidth(Double.MAX_VALUE);
        changing.ifPresent(e -> kind.setValue(e.kind()));
        labelled("What was it?", kind);

        ComboBox<Month> month = new ComboBox<>(FXCollections.observableArrayList(Month.values()));
        month.setId("encounter-month");
        named(month, m -> m.getDisplayName(TextStyle.FULL, Locale.UK));
        month.setValue(open.month().getMonth());
        month.setAccessibleText("Month");
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(
                model.years(Optional.of(open.month().getYear()))));
        year.setId("encounter-year");
        year.setValue(open.month().getYear());
        year.setAccessibleText("Year");
        FlowPane when = new FlowPane(month, year);
        when.getStyleClass().add(PlanStyles.ACTIONS);
        Label whenLabel = ProfileText.text("When (month and year)", Styles.BODY_TEXT);
        whenLabel.setLabelFor(month);
        form.getChildren().addAll(whenLabel, when);

        LineBox who = new LineBox(StudentRecord.MAX_WHO_OR_WHERE, "encounter-who", StudentRecord::asLine);
        who.field().setPromptText("For example: NHS open evening, St James's Hospital, Leeds");
        changing.ifPresent(e -> who.field().setText(e.whoOrWhere()));
        labelled("Who or where", who.field());
        form.getChildren().add(who);

        NoteBox learned = reflection("encounter-learned", "What did I learn?", changing.map(Encounter::learned));
        NoteBox changed = reflection("encounter-changed", "Did it change what I think about this job ("
                + model.formJob() + ")?", changing.map(Encounter::changedMyView));
        NoteBox next = reflection("encounter-next", "What will I do next?", changing.map(Encounter::nextStep));

        Label problem = ProfileText.text("", Styles.BODY_TEXT, PlanStyles.STATUS);
        problem.setId("encounter-form-problem");
        problem.pseudoClassStateChanged(Styles.PROBLEM, true);
        problem.textProperty().bind(model.formProblemProperty());
        problem.visibleProperty().bind(model.formProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button save = PlanActions.button(changing.isPresent() ? "Save changes" : "Add it", "encounter-save",
                changing.isPresent() ? "Save changes to this encounter" : "Add this to Things I've done", () -> {
                    YearMonth chosen = month.getValue() == null || year.getValue() == null ? null
                            : YearMonth.of(year.getValue(), month.getValue());
                    if (!model.save(kind.getValue(), chosen, who.field().getText(), learned.area().getText(),
                            changed.area().getText(), next.area().getText())) {
                        problem.requestFocus();
                    }
                });
        Button cancel = PlanActions.button("Cancel", "encounter-cancel", "Cancel: keep nothing of this form", model::cancel);
        FlowPane buttons = new FlowPane(save, cancel);
        buttons.getStyleClass().add(PlanStyles.ACTIONS);
        form.getChildren().addAll(problem, buttons);
        // Laid out first, so that the page scrolls the form into view as the focus moves into it.
        if (form.getScene() != null) {
            form.getScene().getRoot().applyCss();
            form.getScene().getRoot().layout();
        }
        kind.requestFocus();
    }

    private NoteBox reflection(String id, String question, Optional<String> text) {
        NoteBox box = new NoteBox(StudentRecord.MAX_REFLECTION, id);
        box.area().setPrefRowCount(2);
        box.area().getStyleClass().add(PlanStyles.NOTE);
        text.ifPresent(box.area()::setText);
        TabOut.install(box.area());
        labelled(question, box.area());
        form.getChildren().add(box);
        return box;
    }

    /** A label for a control, read by a screen reader as its name. */
    private void labelled(String text, javafx.scene.control.Control control) {
        Label label = ProfileText.text(text, Styles.BODY_TEXT);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        form.getChildren().add(label);
        if (!(control instanceof javafx.scene.control.TextInputControl)) {
            form.getChildren().add(control);
        }
    }

    private static <T> void named(ComboBox<T> box, Function<T, String> words) {
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    private void ask(VBox box, MyPlanModel.Question question) {
        box.getChildren().clear();
        box.setVisible(question != null);
        box.setManaged(question != null);
        if (question == null) {
            return;
        }
        Button yes = PlanActions.button(question.yes(), "encounter-question-yes", question.yes(), () -> {
            model.answer(true);
            add.requestFocus();
        });
        Button no = PlanActions.button(question.no(), "encounter-question-no", question.no(), () -> {
            model.answer(false);
            add.requestFocus();
        });
        FlowPane answers = new FlowPane(yes, no);
        answers.getStyleClass().add(PlanStyles.ACTIONS);
        box.getChildren().addAll(ProfileText.text(question.text(), Styles.BODY_TEXT), answers);
        no.requestFocus();   // the safe answer first
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == parent) {
                return true;
            }
        }
        return false;
    }
}
