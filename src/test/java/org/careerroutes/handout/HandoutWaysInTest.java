package org.careerroutes.handout;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.Qualifications;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handout and its code for a phone name the way in a verdict is about, for a route with ways in. */
class HandoutWaysInTest {

    @Test
    void theVerdictsNameTheWayIn() {
        Profile careWorker = ProfileLoader.loadFile(Path.of("src/test/resources/pack/profiles/care-worker.json"))
                .profile().orElseThrow();
        MyPlan plan = MyPlan.empty(careWorker.id()).withPathway(Optional.of("apprenticeship-intermediate-apprenticeship"))
                .withQualifications(Qualifications.parse("gcse Maths 3; gcse English language 3"));
        Handout handout = Handout.of(careWorker, plan, LocalDate.of(2026, 12, 7));

        Handout.Verdict apprenticeship = handout.verdicts().stream().filter(v -> v.route().equals("Apprenticeship"))
                .findFirst().orElseThrow();
        assertEquals("You meet the usual entry requirements for an intermediate apprenticeship", apprenticeship.headline());
        Handout.Verdict college = handout.verdicts().stream().filter(v -> v.route().equals("College"))
                .findFirst().orElseThrow();
        assertEquals("You meet the usual entry requirements for a level 2 course", college.summary(),
                "a level 3 course asks for grade 4s");
        assertTrue(PlanCode.text(handout).contains("Apprenticeship: You meet the usual entry requirements for an "
                + "intermediate apprenticeship"), PlanCode.text(handout));
    }
}
