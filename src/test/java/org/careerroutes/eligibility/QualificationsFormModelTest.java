package org.careerroutes.eligibility;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "My qualifications" form's decisions, without a screen: what Add does with what is typed. */
class QualificationsFormModelTest {

    private MyQualifications mine;
    private QualificationsFormModel form;

    @BeforeEach
    void emptyForm() {
        Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        mine = new MyQualifications(profile);
        form = new QualificationsFormModel(mine);
    }

    private boolean type(String subject, String grade) {
        form.subjectProperty().set(subject);
        form.gradeProperty().set(grade);
        return form.add();
    }

    @Test
    void addingAGoodOneSaysSoAndClearsTheSubjectAndGradeForTheNext() {
        assertEquals(QualificationsFormModel.MessageKind.NONE, form.messageKindProperty().get());
        assertTrue(type("Maths", "7"));
        assertEquals(1, form.entered().size());
        assertEquals("Added: GCSE Maths, grade 7.", form.messageProperty().get());
        assertEquals(QualificationsFormModel.MessageKind.NOTE, form.messageKindProperty().get());
        assertNull(form.problemFieldProperty().get());
        assertEquals("", form.subjectProperty().get());
        assertEquals("", form.gradeProperty().get());
        assertEquals(QualificationType.GCSE, form.kindProperty().get(), "the kind stays for the next GCSE");
    }

    @Test
    void aBadGradeIsAProblemAboutTheGradeAndNothingTypedIsLost() {
        assertFalse(type("Maths", "10"));
        assertEquals(QualificationsFormModel.MessageKind.PROBLEM, form.messageKindProperty().get());
        assertEquals(QualificationEntry.Field.GRADE, form.problemFieldProperty().get());
        assertTrue(form.messageProperty().get().contains("10"), form.messageProperty().get());
        assertEquals("Maths", form.subjectProperty().get());
        assertEquals("10", form.gradeProperty().get());
        assertTrue(form.entered().isEmpty());
    }

    @Test
    void aBlankSubjectIsAProblemAboutTheSubject() {
        assertFalse(type("  ", "7"));
        assertEquals(QualificationEntry.Field.SUBJECT, form.problemFieldProperty().get());
    }

    @Test
    void aProblemGoesAsSoonAsTheFieldItIsAboutIsPutRight() {
        assertFalse(type("Maths", "10"));
        form.subjectProperty().set("Mathematics");
        assertEquals(QualificationsFormModel.MessageKind.PROBLEM, form.messageKindProperty().get(),
                "another field changing leaves a problem with the grade");
        form.gradeProperty().set("1x");
        assertEquals(QualificationsFormModel.MessageKind.PROBLEM, form.messageKindProperty().get(),
                "a grade still wrong keeps the message");
        assertTrue(form.messageProperty().get().contains("\u201c10\u201d"), "unchanged until the next Add");
        form.gradeProperty().set("1");
        assertEquals(QualificationsFormModel.MessageKind.NONE, form.messageKindProperty().get());
        assertEquals("", form.messageProperty().get());
        assertNull(form.problemFieldProperty().get());

        assertFalse(type("", "7"));
        assertEquals(QualificationEntry.Field.SUBJECT, form.problemFieldProperty().get());
        form.gradeProperty().set("6");
        assertEquals(QualificationsFormModel.MessageKind.PROBLEM, form.messageKindProperty().get());
        form.subjectProperty().set("P");
        assertEquals(QualificationsFormModel.MessageKind.NONE, form.messageKindProperty().get(),
                "a subject typed puts right a missing subject");
    }

    @Test
    void aProblemGoesWithTheKindItWasAboutButANoteStays() {
        assertFalse(type("Maths", "Z"));
        form.kindProperty().set(QualificationType.A_LEVEL);
        assertEquals(QualificationsFormModel.MessageKind.NONE, form.messageKindProperty().get());

        assertTrue(type("Physics", "A"));
        form.subjectProperty().set("Maths");
        form.kindProperty().set(QualificationType.DEGREE);
        assertEquals("Added: A level Physics, grade A.", form.messageProperty().get(), "what was added is still said");
    }

    @Test
    void anUnknownSubjectIsSaidInOneSentenceWithTheSubjectsProbablyMeant() {
        assertTrue(type("Astrophysics", "7"));
        assertEquals("Added: GCSE Astrophysics, grade 7. We don't know that subject, so it counts only as a GCSE. "
                + "Did you mean Physics?", form.messageProperty().get());
        form.kindProperty().set(QualificationType.EXPERIENCE);
        form.subjectProperty().set("Gardening");
        assertTrue(form.add());
        assertEquals("Added: Gardening. Only the kinds of experience suggested as you type are checked against the routes.",
                form.messageProperty().get());
    }

    @Test
    void theSameSubjectTwiceIsAddedWithANoteThatOnlyTheBetterCounts() {
        type("Maths", "5");
        type("Mathematics", "7");
        assertEquals(2, form.entered().size());
        assertTrue(form.messageProperty().get().contains("only the better of the two counts"), form.messageProperty().get());
    }

    @Test
    void theFieldsFitTheKindAndAPredictedTickDoesNotCarryOver() {
        form.kindProperty().set(QualificationType.A_LEVEL);
        form.predictedProperty().set(true);
        form.gradeProperty().set("B");
        assertEquals(List.of("A*", "A", "B", "C", "D", "E"), form.grades());

        form.kindProperty().set(QualificationType.DEGREE);
        assertFalse(form.predictedProperty().get(), "a tick meant for A levels does not carry over");
        assertEquals("", form.gradeProperty().get(), "a grade of another scale is cleared");
        assertEquals("Class (first, 2:1, 2:2, third, or ordinary for a degree without honours)",
                form.gradeLabelProperty().get());
        assertTrue(form.grades().contains("ordinary"), form.grades()::toString);
        assertTrue(form.predictedLabelProperty().get().startsWith("Still studying"));

        for (QualificationType levelFive : List.of(QualificationType.FOUNDATION_DEGREE, QualificationType.HND)) {
            form.kindProperty().set(levelFive);
            assertEquals("Grade (pass, merit or distinction)", form.gradeLabelProperty().get());
            assertEquals(List.of("Distinction", "Merit", "Pass"), form.grades());
            assertTrue(form.predictedLabelProperty().get().startsWith("Still studying"), "a course, so expected");
        }

        form.kindProperty().set(QualificationType.EXPERIENCE);
        assertFalse(form.gradedProperty().get());
        assertEquals("What you did", form.subjectLabelProperty().get());

        form.kindProperty().set(null);
        assertEquals(QualificationType.EXPERIENCE, form.kindProperty().get(), "a kind is always chosen");
    }

    @Test
    void theListFollowsAddAndRemoveForListenersThatHoldOnlyTheList() {
        List<Integer> sizes = new ArrayList<>();
        form.entered().addListener((javafx.collections.ListChangeListener<StudentQualification>) c ->
                sizes.add(c.getList().size()));
        System.gc();   // a read-only view made per call would go, and its listeners with it
        type("Maths", "7");
        form.remove(form.entered().get(0));
        assertEquals(List.of(1, 0), sizes);
        assertEquals("Removed: GCSE Maths, grade 7.", form.messageProperty().get());
        assertEquals(0, mine.entered().size());
    }

    @Test
    void suggestionsFollowTheKindChosen() {
        assertTrue(form.suggestionsFor("Math").stream().anyMatch(s -> s.startsWith("Math")), form.suggestionsFor("Math").toString());
        form.kindProperty().set(QualificationType.OTHER_LEVEL_3);
        assertFalse(form.suggestionsFor("Math").stream().anyMatch(s -> s.startsWith("Math")),
                "college qualifications, not school subjects: " + form.suggestionsFor("Math"));
        assertFalse(form.suggestionsFor("BTEC").isEmpty());
    }

    @Test
    void tripleScienceIsAddedAsItsThreeSciencesEachWithItsGrade() {
        assertTrue(type("Triple science", "7-6-5"));
        assertEquals(List.of("GCSE Biology, grade 7", "GCSE Chemistry, grade 6", "GCSE Physics, grade 5"),
                form.entered().stream().map(StudentQualification::describe).toList());
        assertEquals("Added triple science as three GCSEs: GCSE Biology, grade 7; GCSE Chemistry, grade 6; "
                + "GCSE Physics, grade 5.", form.messageProperty().get());
        assertEquals("", form.subjectProperty().get());
    }

    @Test
    void tripleScienceWithOneGradeAsksForThreeAndTheProblemGoesOnceThreeAreGiven() {
        assertFalse(type("Triple science", "7"));
        assertEquals(QualificationEntry.Field.GRADE, form.problemFieldProperty().get());
        assertTrue(form.messageProperty().get().contains("give the three grades in that order, such as 7-6-6"),
                form.messageProperty().get());
        assertFalse(form.messageProperty().get().contains("single award"), form.messageProperty().get());
        form.gradeProperty().set("7-7-6");
        assertEquals(QualificationsFormModel.MessageKind.NONE, form.messageKindProperty().get(), "put right");
        assertTrue(form.add());
        assertEquals(3, form.entered().size());
    }

    @Test
    void aFoundationDegreeIsEnteredWithItsOwnGrade() {
        form.kindProperty().set(QualificationType.FOUNDATION_DEGREE);
        form.predictedProperty().set(true);
        assertTrue(type("FdSc Mechanical Engineering", "Merit"));
        assertEquals("Added: Foundation degree in Mechanical engineering, expected a merit.", form.messageProperty().get());
    }

    /** A plan holds so many (issue 20): the form stops there and says so, keeping what was typed. */
    @Test
    void atTheMostAPlanHoldsTheFormSaysSoAndAddsNoMore() {
        Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        mine = new MyQualifications(profile, 2);
        form = new QualificationsFormModel(mine);
        assertTrue(type("Maths", "7"));
        assertTrue(type("Physics", "6"));
        assertFalse(type("Chemistry", "5"));
        assertEquals(2, form.entered().size());
        assertEquals("You have entered 2 qualifications, as many as a plan holds. Remove one to add another.",
                form.messageProperty().get());
        assertEquals(QualificationsFormModel.MessageKind.PROBLEM, form.messageKindProperty().get());
        assertEquals("Chemistry", form.subjectProperty().get(), "what was typed is kept");
    }
}
