package org.careerroutes.handout;

import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StepMark;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoutTest {

    private final Profile profile = HandoutSamples.builtIn();
    private final LocalDate day = LocalDate.of(2026, 11, 30);

    @Test
    void thePlansFavouriteWinsThenTheAskedForPathwayThenTheFirst() {
        MyPlan favourite = MyPlan.empty(profile.id()).withPathway(Optional.of("ptp"));
        assertEquals("ptp", Handout.of(profile, favourite, day, Optional.of("apprenticeship")).pathway().orElseThrow().id());
        Handout asked = Handout.of(profile, MyPlan.empty(profile.id()), day, Optional.of("apprenticeship"));
        assertEquals("apprenticeship", asked.pathway().orElseThrow().id());
        assertTrue(asked.chosen());
        Handout first = Handout.of(profile, MyPlan.empty(profile.id()), day);
        assertEquals("degree-stp", first.pathway().orElseThrow().id());
        assertFalse(first.chosen());
        // A favourite the profile no longer has is not chosen: the first pathway is shown, and said to be.
        Handout gone = Handout.of(profile, MyPlan.empty(profile.id()).withPathway(Optional.of("old")), day);
        assertEquals("degree-stp", gone.pathway().orElseThrow().id());
        assertFalse(gone.chosen());
    }

    @Test
    void stepsCarryKindLengthEntryRequirementsMarksAndNotes() {
        Handout handout = Handout.of(profile, HandoutSamples.plan(), day);
        List<Handout.Step> steps = handout.steps();
        assertEquals(List.of(1, 2, 3, 4, 5), steps.stream().map(Handout.Step::number).toList());
        Handout.Step apprenticeship = steps.get(2);
        assertEquals("Healthcare science practitioner degree apprenticeship", apprenticeship.title());
        assertEquals("Training", apprenticeship.kind());
        assertEquals(Optional.of("about 36 months"), apprenticeship.length());
        assertEquals(Optional.of("Apprenticeship"), apprenticeship.route());
        assertEquals(List.of("You'll usually need four or five GCSEs at grades 9 to 4 (A* to C), and college "
                + "qualifications like A levels for a degree apprenticeship."), apprenticeship.entryRequirements());
        assertEquals(Optional.of(StepMark.CONSIDERING), apprenticeship.mark());
        assertEquals(Optional.of("Ask Ms Patel about the open day at the hospital"), apprenticeship.note());
        assertEquals(List.of(), steps.get(0).entryRequirements(), "GCSEs lead to no entry route of their own");
        assertEquals(List.of("ptp"), handout.otherMarks().stream().map(s -> s.node().id()).toList());
        assertEquals(4, handout.verdicts().size());
        assertEquals("University", handout.verdicts().get(0).route());
        assertEquals(List.of("GCSE Maths, grade 7", "GCSE Physics, grade 6", "A level Maths, predicted grade B"),
                handout.entered());
        assertEquals("30 November 2026", handout.dateText());
        assertEquals("Licence: Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)",
                handout.licenceLine());
    }

    @Test
    void noQualificationsMeansNoVerdicts() {
        assertEquals(List.of(), Handout.of(profile, MyPlan.empty(profile.id()), day).verdicts());
    }
}
