package org.careerroutes.eligibility;

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
import org.careerroutes.model.GradeScale;
import org.careerroutes.ui.ProfileText;
import org.careerroutes.ui.Styles;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "My qualifications": a form to add a GCSE, A level, college qualification, degree or
 * experience, and the list of what has been added, each with a Remove button. Subjects complete
 * as they are typed. A problem with what was typed is said under the form, and focus goes to
 * the field to fix; nothing typed is cleared until it has been added.
 */
public final class QualificationsForm extends VBox {

    private static final List<String> GCSE_GRADES = List.of("9", "8", "7", "6", "5", "4", "3", "2", "1",
            "A*", "A", "B", "C", "D", "E", "F", "G");

    private final MyQualifications mine;
    private final ComboBox<QualificationType> type = new ComboBox<>();
    private final Label subjectLabel = new Label();
    private final TextField subject = new TextField();
    private final Label gradeLabel = new Label("Grade");
    private final ComboBox<String> grade = new ComboBox<>();
    private final CheckBox predicted = new CheckBox("Predicted (not my result yet)");
    private final Button add = new Button("Add");
    private final Label message = ProfileText.text("", "form-message");
    private final VBox list = new VBox();
    /** The kind chosen, for the suggestions fetched off the JavaFX thread. */
    private volatile QualificationType kindForSuggestions = QualificationType.GCSE;

    public QualificationsForm(MyQualifications mine) {
        this.mine = mine;
        setId("my-qualifications");
        getStyleClass().add("qualifications-form");

        Label typeLabel = new Label("Kind of qualification");
        typeLabel.setLabelFor(type);
        type.setId("qual-type");
        type.getItems().addAll(QualificationType.values());
        type.getSelectionModel().select(QualificationType.GCSE);
        type.setMaxWidth(Double.MAX_VALUE);
        type.setAccessibleText("Kind of qualification");

        subjectLabel.setLabelFor(subject);
        subject.setId("qual-subject");
        subject.setPromptText("Start typing, e.g. Maths");
        // ControlsFX asks for suggestions on a background thread, so it reads the kind from here.
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(subject,
                request -> SubjectSuggestions.forTyped(kindForSuggestions, request.getUserText()));
        completion.setVisibleRowCount(8);
        // A suggestion taken (by Enter, Tab or a click) completes the subject: on to the next field.
        completion.setOnAutoCompleted(e -> javafx.application.Platform.runLater(this::focusAfterSubject));

        gradeLabel.setLabelFor(grade);
        grade.setId("qual-grade");
        grade.setEditable(true);
        grade.setMaxWidth(Double.MAX_VALUE);
        grade.setAccessibleText("Grade");
        predicted.setId("qual-predicted");
        predicted.setWrapText(true);
        add.setId("qual-add");
        add.setAccessibleText("Add this qualification");
        add.setOnAction(e -> addTyped());
        message.setId("qual-message");
        message.setAccessibleRole(AccessibleRole.TEXT);

        // Enter adds from the subject or the grade (once a suggestion list is closed).
        subject.setOnAction(e -> addTyped());
        grade.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !grade.isShowing()) {
                grade.setValue(grade.getEditor().getText());
                addTyped();
                e.consume();
            }
        });

        type.valueProperty().addListener((obs, old, now) -> {
            kindForSuggestions = now;
            fitFieldsTo(now);
            predicted.setSelected(false);   // a tick meant for A levels must not carry over to a GCSE
        });
        fitFieldsTo(type.getValue());

        Label heading = ProfileText.heading("My qualifications", Styles.HEADING_2);
        Label hint = ProfileText.text("Add what you have, or what you are predicted. Press Enter or Add after each one.",
                Styles.MUTED);
        // The message goes above the fields, where it is seen without scrolling on a small screen.
        VBox fields = new VBox(message, field(typeLabel, type), field(subjectLabel, subject),
                field(gradeLabel, grade), predicted, add);
        message.setVisible(false);
        message.setManaged(false);
        fields.getStyleClass().add("qualification-fields");

        list.setId("qual-list");
        list.getStyleClass().add("qualification-list");
        list.setAccessibleText("Qualifications you have added");
        Label listHeading = ProfileText.heading("Added", Styles.HEADING_3);
        mine.entered().addListener((ListChangeListener<StudentQualification>) change -> showList());
        showList();
        getChildren().addAll(heading, hint, fields, listHeading, list);
    }

    private static Node field(Label label, Region control) {
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(label, control);
        box.getStyleClass().add("form-field");
        return box;
    }

    /** Shows the fields this kind of qualification has, with its grades to choose from. */
    private void fitFieldsTo(QualificationType kind) {
        subjectLabel.setText(switch (kind) {
            case EXPERIENCE -> "What you did";
            case OTHER_LEVEL_3 -> "Which qualification, e.g. BTEC National in Engineering";
            default -> "Subject";
        });
        subject.setAccessibleText(subjectLabel.getText());
        subject.setPromptText(switch (kind) {
            case EXPERIENCE -> "e.g. Voluntary work in a hospital";
            case OTHER_LEVEL_3 -> "e.g. T level";
            case DEGREE, HIGHER_DEGREE -> "e.g. Mechanical engineering";
            default -> "Start typing, e.g. Maths";
        });
        GradeScale scale = kind.scale();
        boolean graded = scale.hasGrades();
        grade.getItems().setAll(scale == GradeScale.GCSE ? GCSE_GRADES : scale.grades());
        grade.setValue(null);
        grade.getEditor().clear();
        gradeLabel.setText(switch (scale) {
            case GCSE -> "Grade (9 to 1, or A* to G; combined science as two, e.g. 5-4)";
            case DEGREE -> "Class";
            default -> "Grade";
        });
        show(grade.getParent(), graded);
        grade.setVisible(graded);
        predicted.setText(kind == QualificationType.DEGREE || kind == QualificationType.HIGHER_DEGREE
                ? "Still studying (expected, not my result yet)" : "Predicted (not my result yet)");
        show(predicted, kind.canBePredicted());
    }

    private static void show(Node node, boolean shown) {
        if (node != null) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    private void addTyped() {
        QualificationType kind = type.getValue();
        String gradeText = grade.getEditor().getText();
        QualificationEntry.Result result = QualificationEntry.of(kind, subject.getText(), gradeText,
                predicted.isSelected());
        if (result instanceof QualificationEntry.Rejected rejected) {
            showMessage(rejected.message(), true);
            javafx.scene.control.Control field = rejected.field() == QualificationEntry.Field.SUBJECT
                    ? subject : grade.getEditor();
            // Read out with the field that takes focus, since the message itself never has focus.
            field.setAccessibleHelp(rejected.message());
            field.requestFocus();
            return;
        }
        subject.setAccessibleHelp(null);
        grade.getEditor().setAccessibleHelp(null);
        QualificationEntry.Accepted accepted = (QualificationEntry.Accepted) result;
        Optional<StudentQualification> repeated = mine.add(accepted.qualification());
        List<String> notes = new ArrayList<>();
        notes.add("Added: " + accepted.qualification().describe() + ".");
        accepted.note().ifPresent(notes::add);
        repeated.ifPresent(earlier -> notes.add("You had already added " + earlier.describe()
                + "; only the better of the two counts. Remove one if it was a mistake."));
        showMessage(String.join(" ", notes), false);
        subject.clear();
        grade.setValue(null);
        grade.getEditor().clear();
        // After the key press is done with: the grade box would otherwise keep the focus.
        javafx.application.Platform.runLater(subject::requestFocus);
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

    private void showMessage(String text, boolean problem) {
        message.setVisible(true);
        message.setManaged(true);
        message.setText(text);
        message.getStyleClass().removeAll("form-problem", "form-note");
        message.getStyleClass().add(problem ? "form-problem" : "form-note");
        message.setAccessibleText((problem ? "Problem: " : "") + text);
    }

    private void showList() {
        list.getChildren().clear();
        if (mine.entered().isEmpty()) {
            list.getChildren().add(ProfileText.text("Nothing added yet.", Styles.MUTED));
            return;
        }
        int index = 0;
        for (StudentQualification q : mine.entered()) {
            Label what = ProfileText.text(q.describe(), Styles.BODY_TEXT);
            HBox.setHgrow(what, Priority.ALWAYS);
            Button remove = new Button("Remove");
            remove.setId("remove-qual-" + index++);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setAccessibleText("Remove " + q.describe());
            remove.setOnAction(e -> {
                mine.remove(q);
                showMessage("Removed: " + q.describe() + ".", false);
                subject.requestFocus();
            });
            HBox row = new HBox(8, what, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("qualification-row");
            list.getChildren().add(row);
        }
    }
}
