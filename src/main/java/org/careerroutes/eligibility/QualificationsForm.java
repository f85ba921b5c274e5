package org.careerroutes.eligibility;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * "My qualifications": a form to add a GCSE, A level, college qualification, degree or
 * experience, and the list of what has been added, each with a Remove button. Subjects complete
 * as they are typed. The form only binds to its {@link QualificationsFormModel} and moves focus:
 * a problem with what was typed is said above the fields and focus goes to the field to fix;
 * nothing typed is cleared until it has been added.
 */
public final class QualificationsForm extends VBox {

    private final QualificationsFormModel model;
    private final ComboBox<QualificationType> type = new ComboBox<>();
    private final Label subjectLabel = new Label();
    private final TextField subject = new TextField();
    private final Label gradeLabel = new Label();
    private final ComboBox<String> grade = new ComboBox<>();
    private final CheckBox predicted = new CheckBox();
    private final Button add = new Button("Add");
    private final Label message = ProfileText.text("", OnTrackStyles.FORM_MESSAGE);
    private final VBox list = new VBox();

    public QualificationsForm(QualificationsFormModel model) {
        this.model = model;
        setId("my-qualifications");
        getStyleClass().add(OnTrackStyles.QUALIFICATIONS_FORM);

        Label typeLabel = new Label("Kind of qualification");
        typeLabel.setLabelFor(type);
        type.setId("qual-type");
        type.getItems().addAll(QualificationType.values());
        type.valueProperty().bindBidirectional(model.kindProperty());
        type.setMaxWidth(Double.MAX_VALUE);
        type.setAccessibleText("Kind of qualification");

        subjectLabel.setLabelFor(subject);
        subjectLabel.textProperty().bind(model.subjectLabelProperty());
        subject.setId("qual-subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        subject.promptTextProperty().bind(model.subjectPromptProperty());
        subject.accessibleTextProperty().bind(model.subjectLabelProperty());
        // ControlsFX asks for suggestions on a background thread; the model answers there.
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(subject,
                request -> model.suggestionsFor(request.getUserText()));
        completion.setVisibleRowCount(8);
        // A suggestion taken (by Enter, Tab or a click) completes the subject: on to the next field.
        completion.setOnAutoCompleted(e -> Platform.runLater(this::focusAfterSubject));

        gradeLabel.setLabelFor(grade);
        gradeLabel.textProperty().bind(model.gradeLabelProperty());
        grade.setId("qual-grade");
        grade.setEditable(true);
        grade.setItems(model.grades());
        grade.getEditor().textProperty().bindBidirectional(model.gradeProperty());
        // Cleared by the model (after Add, or another kind): the box lets go of its choice too.
        model.gradeProperty().addListener((obs, old, now) -> {
            if (now == null || now.isEmpty()) {
                grade.setValue(null);
            }
        });
        grade.setMaxWidth(Double.MAX_VALUE);
        grade.setAccessibleText("Grade");
        predicted.setId("qual-predicted");
        predicted.setWrapText(true);
        predicted.textProperty().bind(model.predictedLabelProperty());
        predicted.selectedProperty().bindBidirectional(model.predictedProperty());
        add.setId("qual-add");
        add.setAccessibleText("Add this qualification");
        add.setOnAction(e -> addTyped());
        message.setId("qual-message");
        message.setAccessibleRole(AccessibleRole.TEXT);


        Label heading = ProfileText.heading("My qualifications", Styles.HEADING_2);
        Label hint = ProfileText.text("Add what you have, or what you are predicted. Press Enter or Add after each one.",
                Styles.MUTED);
        // The message goes above the fields, where it is seen without scrolling on a small screen.
        Node gradeField = field(gradeLabel, grade);
        VBox fields = new VBox(message, field(typeLabel, type), field(subjectLabel, subject),
                gradeField, predicted, add);
        fields.getStyleClass().add(OnTrackStyles.QUALIFICATION_FIELDS);
        enterAdds(fields, completion);
        showWhile(gradeField, model.gradedProperty());
        showWhile(predicted, model.canBePredictedProperty());
        bindMessage();

        list.setId("qual-list");
        list.getStyleClass().add(OnTrackStyles.QUALIFICATION_LIST);
        list.setAccessibleText("Qualifications you have added");
        Label listHeading = ProfileText.heading("Added", Styles.HEADING_3);
        model.entered().addListener((ListChangeListener<StudentQualification>) change -> showList());
        showList();
        getChildren().addAll(heading, hint, fields, listHeading, list);
    }

    /**
     * Enter on any field adds, as the page says, once no list of choices or suggestions is open
     * (Enter then takes the choice). Without this, Enter on the Predicted box would tick or untick
     * it, as a button's Enter does, and add nothing. Space still ticks the box.
     */
    private void enterAdds(Node fields, AutoCompletionBinding<String> completion) {
        fields.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !type.isShowing() && !grade.isShowing()
                    && !completion.getAutoCompletionPopup().isShowing()) {
                e.consume();
                addTyped();
            }
        });
        // A button acts on Enter's release as well; the press has done what Enter does here.
        fields.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ENTER && (e.getTarget() == predicted || e.getTarget() == add)) {
                e.consume();
            }
        });
    }

    private static Node field(Label label, Region control) {
        label.getStyleClass().add(OnTrackStyles.FIELD_LABEL);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(label, control);
        box.getStyleClass().add(OnTrackStyles.FORM_FIELD);
        return box;
    }

    private static void showWhile(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /** The message: shown once there is one, marked as a problem or a note, and read out with the field to fix. */
    private void bindMessage() {
        BooleanBinding hasMessage = model.messageKindProperty().isNotEqualTo(QualificationsFormModel.MessageKind.NONE);
        showWhile(message, hasMessage);
        message.textProperty().bind(model.messageProperty());
        message.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> (model.messageKindProperty().get() == QualificationsFormModel.MessageKind.PROBLEM ? "Problem: " : "")
                        + model.messageProperty().get(),
                model.messageProperty(), model.messageKindProperty()));
        model.messageKindProperty().addListener((obs, old, kind) -> {
            message.pseudoClassStateChanged(Styles.PROBLEM, kind == QualificationsFormModel.MessageKind.PROBLEM);
            message.pseudoClassStateChanged(OnTrackStyles.NOTE, kind == QualificationsFormModel.MessageKind.NOTE);
        });
        // Read out with the field that takes focus, since the message itself never has focus.
        subject.accessibleHelpProperty().bind(problemText(QualificationEntry.Field.SUBJECT));
        grade.getEditor().accessibleHelpProperty().bind(problemText(QualificationEntry.Field.GRADE));
    }

    private StringBinding problemText(QualificationEntry.Field field) {
        return Bindings.createStringBinding(() -> model.problemFieldProperty().get() == field
                ? model.messageProperty().get() : null, model.problemFieldProperty(), model.messageProperty());
    }

    private void addTyped() {
        if (model.add()) {
            // After the key press is done with: the grade box would otherwise keep the focus.
            Platform.runLater(subject::requestFocus);
        } else if (model.problemFieldProperty().get() == QualificationEntry.Field.SUBJECT) {
            subject.requestFocus();
        } else {
            grade.getEditor().requestFocus();
        }
    }

    /** The next field to fill after the subject: the grade, else the tick box, else Add. */
    private void focusAfterSubject() {
        if (grade.isVisible()) {
            grade.getEditor().requestFocus();
        } else if (predicted.isVisible()) {
            predicted.requestFocus();
        } else {
            add.requestFocus();
        }
    }

    private void showList() {
        list.getChildren().clear();
        if (model.entered().isEmpty()) {
            list.getChildren().add(ProfileText.text("Nothing added yet.", Styles.MUTED));
            return;
        }
        int index = 0;
        for (StudentQualification q : model.entered()) {
            Label what = ProfileText.text(q.describe(), Styles.BODY_TEXT);
            HBox.setHgrow(what, Priority.ALWAYS);
            Button remove = new Button("Remove");
            remove.setId("remove-qual-" + index++);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setAccessibleText("Remove " + q.describe());
            remove.setOnAction(e -> {
                model.remove(q);
                subject.requestFocus();
            });
            HBox row = new HBox(8, what, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(OnTrackStyles.QUALIFICATION_ROW);
            list.getChildren().add(row);
        }
    }
}
