package org.careerroutes.eligibility;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerroutes.model.GradeScale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the "My qualifications" form holds and decides: the values typed, the labels and grades
 * that fit the kind chosen, the message after Add or Remove (and which field a problem is about),
 * and the {@link #add()} command. The form's view only binds to it and moves focus.
 */
public final class QualificationsFormModel {

    /** What the message under the form is. */
    public enum MessageKind { NONE, NOTE, PROBLEM }

    private static final List<String> GCSE_GRADES = List.of("9", "8", "7", "6", "5", "4", "3", "2", "1",
            "A*", "A", "B", "C", "D", "E", "F", "G");

    private final MyQualifications mine;
    private final ObjectProperty<QualificationType> kind = new SimpleObjectProperty<>(QualificationType.GCSE);
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty grade = new SimpleStringProperty("");
    private final BooleanProperty predicted = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper subjectLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper subjectPrompt = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper gradeLabel = new ReadOnlyStringWrapper();
    private final ObservableList<String> grades = FXCollections.observableArrayList();
    private final ObservableList<String> gradesShown = FXCollections.unmodifiableObservableList(grades);
    private final ObservableList<StudentQualification> entered;
    private final ReadOnlyBooleanWrapper graded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper predictedLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canBePredicted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind = new ReadOnlyObjectWrapper<>(MessageKind.NONE);
    private final ReadOnlyObjectWrapper<QualificationEntry.Field> problemField = new ReadOnlyObjectWrapper<>();
    /** The kind chosen, for the suggestions fetched off the JavaFX thread. */
    private volatile QualificationType kindForSuggestions = QualificationType.GCSE;

    public QualificationsFormModel(MyQualifications mine) {
        this.mine = Objects.requireNonNull(mine);
        // One read-only view, held here: a view made per call would be collected with the listeners on it.
        this.entered = FXCollections.unmodifiableObservableList(mine.entered());
        kind.addListener((obs, old, now) -> {
            if (now == null) {
                kind.set(old);   // a kind is always chosen
                return;
            }
            kindForSuggestions = now;
            fitTo(now);
            predicted.set(false);   // a tick meant for A levels must not carry over to a GCSE
            if (messageKind.get() == MessageKind.PROBLEM) {
                say("", MessageKind.NONE, null);   // a problem with the last kind's fields is gone with them
            }
        });
        subject.addListener((obs, old, now) -> forgetProblemOnceFixed(QualificationEntry.Field.SUBJECT));
        grade.addListener((obs, old, now) -> forgetProblemOnceFixed(QualificationEntry.Field.GRADE));
        fitTo(kind.get());
    }

    /** The kind of qualification being added: GCSE, A level, degree… */
    public ObjectProperty<QualificationType> kindProperty() {
        return kind;
    }

    /** The subject, or what was done for experience, as typed. */
    public StringProperty subjectProperty() {
        return subject;
    }

    /** The grade as typed or chosen. */
    public StringProperty gradeProperty() {
        return grade;
    }

    /** Ticked for a result not had yet (predicted grades, a degree still being studied). */
    public BooleanProperty predictedProperty() {
        return predicted;
    }

    public ReadOnlyStringProperty subjectLabelProperty() {
        return subjectLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subjectPromptProperty() {
        return subjectPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gradeLabelProperty() {
        return gradeLabel.getReadOnlyProperty();
    }

    /** The grades to choose from for the kind chosen. */
    public ObservableList<String> grades() {
        return gradesShown;
    }

    /** Whether the kind chosen has grades (experience has none). */
    public ReadOnlyBooleanProperty gradedProperty() {
        return graded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty predictedLabelProperty() {
        return predictedLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBePredictedProperty() {
        return canBePredicted.getReadOnlyProperty();
    }

    /**
     * What the last Add or Remove said: empty before the first, and once a problem it said is
     * put right.
     */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    /** The field a problem is about, to fix; null when there is no problem. */
    public ReadOnlyObjectProperty<QualificationEntry.Field> problemFieldProperty() {
        return problemField.getReadOnlyProperty();
    }

    /** What has been added, in order. */
    public ObservableList<StudentQualification> entered() {
        return entered;
    }

    /** Subjects that complete what is typed, for the kind chosen; safe to call off the JavaFX thread. */
    public List<String> suggestionsFor(String typed) {
        return SubjectSuggestions.forTyped(kindForSuggestions, typed);
    }

    /**
     * Adds what is typed. When it is not a qualification, says why and which field to fix, and
     * keeps everything typed; when it is, says what was added (and any note) and clears the
     * subject and grade for the next one. Returns whether it was added.
     */
    public boolean add() {
        Optional<List<StudentQualification>> sciences = QualificationEntry.tripleScience(kind.get(), subject.get(),
                grade.get(), predicted.get());
        if (sciences.isPresent()) {
            addTripleScience(sciences.get());
            return true;
        }
        QualificationEntry.Result result = QualificationEntry.of(kind.get(), subject.get(), grade.get(), predicted.get());
        if (result instanceof QualificationEntry.Rejected rejected) {
            say(rejected.message(), MessageKind.PROBLEM, rejected.field());
            return false;
        }
        if (mine.isFull()) {
            say("You have entered " + mine.most() + " qualifications, as many as a plan holds. Remove one to add "
                    + "another.", MessageKind.PROBLEM, null);
            return false;
        }
        QualificationEntry.Accepted accepted = (QualificationEntry.Accepted) result;
        Optional<StudentQualification> repeated = mine.add(accepted.qualification());
        List<String> notes = new ArrayList<>();
        notes.add("Added: " + accepted.qualification().describe() + ".");
        accepted.note().ifPresent(notes::add);
        repeated.ifPresent(earlier -> notes.add("You had already added " + earlier.describe()
                + "; only the better of the two counts. Remove one if it was a mistake."));
        say(String.join(" ", notes), MessageKind.NOTE, null);
        subject.set("");
        grade.set("");
        return true;
    }

    /** Triple science, three GCSEs, added as those three, each with its grade, and said so. */
    private void addTripleScience(List<StudentQualification> sciences) {
        List<String> notes = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        for (StudentQualification science : sciences) {
            notes.add(science.describe());
            mine.add(science).ifPresent(earlier -> repeats.add(earlier.describe()));
        }
        String said = "Added triple science as three GCSEs: " + String.join("; ", notes) + ".";
        if (!repeats.isEmpty()) {
            said += " You had already added " + String.join("; ", repeats)
                    + "; only the better of each counts. Remove one if it was a mistake.";
        }
        say(said, MessageKind.NOTE, null);
        subject.set("");
        grade.set("");
    }

    /** Removes a qualification added earlier, and says so. */
    public void remove(StudentQualification qualification) {
        mine.remove(qualification);
        say("Removed: " + qualification.describe() + ".", MessageKind.NOTE, null);
    }

    /**
     * A problem said about a field goes as soon as that field is put right, so an old message
     * does not stand above a field that is now fine. While the field still has a problem, the
     * message stays as it was until the next Add: it does not change at every key.
     */
    private void forgetProblemOnceFixed(QualificationEntry.Field changed) {
        if (messageKind.get() != MessageKind.PROBLEM || problemField.get() != changed) {
            return;
        }
        QualificationEntry.Result now = QualificationEntry.of(kind.get(), subject.get(), grade.get(), predicted.get());
        boolean threeSciences = QualificationEntry.tripleScience(kind.get(), subject.get(), grade.get(), predicted.get())
                .isPresent();
        if (threeSciences || !(now instanceof QualificationEntry.Rejected rejected && rejected.field() == changed)) {
            say("", MessageKind.NONE, null);
        }
    }

    private void say(String text, MessageKind kindOfMessage, QualificationEntry.Field field) {
        // The field first: a view that moves focus on the message finds it already set.
        problemField.set(field);
        message.set(text);
        messageKind.set(kindOfMessage);
    }

    /** The fields this kind of qualification has, with its grades to choose from. */
    private void fitTo(QualificationType chosen) {
        subjectLabel.set(switch (chosen) {
            case EXPERIENCE -> "What you did";
            case OTHER_LEVEL_3 -> "Which qualification, e.g. BTEC National in Engineering";
            default -> "Subject";
        });
        subjectPrompt.set(switch (chosen) {
            case EXPERIENCE -> "e.g. Voluntary work in a hospital";
            case OTHER_LEVEL_3 -> "e.g. T level";
            case DEGREE, HIGHER_DEGREE, FOUNDATION_DEGREE, HND -> "e.g. Mechanical engineering";
            default -> "Start typing, e.g. Maths";
        });
        GradeScale scale = chosen.scale();
        grades.setAll(scale == GradeScale.GCSE ? GCSE_GRADES : scale.grades());
        if (scale == GradeScale.PASS_MERIT_DISTINCTION) {
            grades.setAll(List.of("Distinction", "Merit", "Pass"));
        }
        grade.set("");
        gradeLabel.set(switch (scale) {
            case GCSE -> "Grade (9 to 1, or A* to G; combined science as two, e.g. 5-4)";
            case DEGREE -> "Class (first, 2:1, 2:2, third, or ordinary for a degree without honours)";
            case PASS_MERIT_DISTINCTION -> "Grade (pass, merit or distinction)";
            default -> "Grade";
        });
        graded.set(scale.hasGrades());
        predictedLabel.set(chosen.isHigherEducation()
                ? "Still studying (expected, not my result yet)" : "Predicted (not my result yet)");
        canBePredicted.set(chosen.canBePredicted());
    }
}
