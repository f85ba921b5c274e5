package org.careerroutes.handout;

import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each step of the handout lists its own entry requirements, or none: never another step's. */
class HandoutStepRequirementsTest {

    private final Profile profile = HandoutSamples.builtIn();
    private final LocalDate day = LocalDate.of(2026, 11, 30);

    private Handout.Step step(String pathway, String id) {
        return Handout.of(profile, MyPlan.empty(profile.id()), day, Optional.of(pathway)).steps().stream()
                .filter(s -> s.node().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theStpStepListsTheStpsRequirementsWithTheirSourceNotTheUniversitysGcsesAndALevels() {
        Handout.Step stp = step("degree-stp", "stp");
        assertEquals(4, stp.number(), "step 4 of the default handout");
        assertEquals(Optional.of("University"), stp.route());
        assertEquals(List.of("A first or 2:1 degree in a relevant science or engineering subject; a 2:2 with a master's "
                        + "degree or doctorate in a relevant science or engineering subject may be considered.",
                "It helps to have voluntary work in a hospital and experience of patient contact.",
                "Source: National School of Healthcare Science (nshcs.hee.nhs.uk), STP entry requirements FAQs "
                        + "(checked November 2026)."),
                stp.entryRequirements());
    }

    @Test
    void theDegreeStepListsTheUniversityRoutesOwnRequirements() {
        Handout.Step degree = step("degree-stp", "degree");
        assertEquals(List.of("You'll usually need: five GCSEs at grades 9 to 4 (A* to C) including two sciences; two or "
                + "three A levels, including maths and physics"), degree.entryRequirements());
        assertEquals(degree.entryRequirements(), step("private-sector", "degree").entryRequirements(),
                "the same step has the same requirements on any pathway");
    }

    @Test
    void stepsThatStartNoRouteListNone() {
        for (String id : List.of("gcses", "a-levels", "hcpc", "clinical-engineer")) {
            Handout.Step none = step("degree-stp", id);
            assertEquals(List.of(), none.entryRequirements(), id);
            assertEquals(Optional.empty(), none.route(), id);
        }
        assertEquals(List.of(), step("private-sector", "chartered").entryRequirements(), "chartered status starts no route");
        assertEquals(List.of("Usually a degree first, as on the university route above."),
                step("private-sector", "private-sector").entryRequirements());
    }
}
