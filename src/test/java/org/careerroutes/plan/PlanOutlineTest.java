package org.careerroutes.plan;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan read against the built-in profile: the pathway's steps in order, and what the profile no longer has. */
class PlanOutlineTest {

    private final Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();

    @Test
    void theChosenPathwaysStepsComeInOrderWithTheirRouteMarkAndNote() {
        MyPlan plan = MyPlan.empty(profile.id()).withPathway(Optional.of("degree-stp"))
                .withMark("degree", Optional.of(StepMark.CONSIDERING)).withStepNote("degree", "Leeds or Sheffield");
        PlanOutline outline = PlanOutline.of(profile, plan);
        assertEquals(List.of("gcses", "a-levels", "degree", "stp", "hcpc", "clinical-engineer"),
                outline.steps().stream().map(s -> s.node().id()).toList());
        PlanOutline.Step degree = outline.steps().get(2);
        assertEquals(3, degree.number());
        assertEquals(Optional.of(StepMark.CONSIDERING), degree.mark());
        assertEquals(Optional.of("Leeds or Sheffield"), degree.note());
        assertEquals("university", degree.entryRoute().orElseThrow().id());
        assertTrue(degree.node().duration().isPresent());
        assertTrue(outline.unknownSteps().isEmpty());
    }

    @Test
    void stepsAndPathwaysTheProfileNoLongerHasAreNamedNotDropped() {
        MyPlan plan = MyPlan.empty(profile.id()).withPathway(Optional.of("gone-pathway"))
                .withMark("gone-step", Optional.of(StepMark.DONE)).withStepNote("other-gone", "x")
                .withMark("gcses", Optional.of(StepMark.DONE));
        PlanOutline outline = PlanOutline.of(profile, plan);
        assertEquals(Optional.of("gone-pathway"), outline.unknownPathway());
        assertTrue(outline.steps().isEmpty());
        assertEquals(List.of("gone-step", "other-gone"), outline.unknownSteps());
        assertEquals(List.of("gcses"), PlanOutline.markedElsewhere(profile, plan, outline).stream()
                .map(n -> n.id()).toList(), "marked steps off any pathway are still listed");
    }
}
