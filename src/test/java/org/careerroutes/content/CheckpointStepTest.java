package org.careerroutes.content;

import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.GradeScale;
import org.careerroutes.model.RuleQualification;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A checkpoint names the route-map step it is the entry to (the STP's requirements are the STP
 * step's, on the handout), and the loader checks the step is on the map; a rule may ask for a
 * foundation degree or HND at a grade of its own scale, and a degree class may be ordinary.
 */
class CheckpointStepTest {

    private static final String STP_STEP = "\"step\": \"stp\",";

    @Test
    void theStpCheckpointIsTheStpSteps() {
        LoadResult result = ProfileLoader.loadBuiltIn();
        Checkpoint stp = result.profile().orElseThrow().entryRoutes().route("university").orElseThrow().rules().later().get(0);
        assertEquals(Optional.of("stp"), stp.step());
    }

    @Test
    void aCheckpointStepNotOnTheMapIsOneClearError() {
        String json = builtInWith(STP_STEP, "\"step\": \"stpp\",");
        LoadResult result = ProfileLoader.read("steps.json", json);
        assertFalse(result.isValid());
        assertEquals(1, result.errors().size(), result.problems()::toString);
        int[] at = TestProfiles.lineAndColumn(json, "\"stpp\"", 1);
        assertEquals("steps.json:" + at[0] + ":" + at[1] + ": step \"stpp\" is not a route-map step; use one of: ",
                result.errors().get(0).format().substring(0, result.errors().get(0).format().indexOf("one of: ") + 8));
    }

    @Test
    void aRuleMayAskForAFoundationDegreeOrHndAtAMeritAndADegreeClassMayBeOrdinary() {
        String json = builtInWith("{ \"qualification\": \"level-3\", \"count\": 1,",
                "{ \"qualification\": \"level-5\", \"minGrade\": \"merit\", \"count\": 1,");
        LoadResult result = ProfileLoader.read("level5.json", json);
        assertEquals(java.util.List.of(), result.problems());
        EntryRule rule = result.profile().orElseThrow().entryRoutes().route("apprenticeship").orElseThrow().rules()
                .toStart().get(1);
        assertEquals(RuleQualification.LEVEL_5, rule.qualification());
        assertEquals("a foundation degree or HND at a merit or above", rule.describeFromRule());
        assertEquals(5, GradeScale.DEGREE.grades().size(), "first, 2:1, 2:2, third and ordinary");
        assertFalse(GradeScale.isHonours("ordinary"));
        String wrong = builtInWith("{ \"qualification\": \"level-3\", \"count\": 1,",
                "{ \"qualification\": \"level-5\", \"minGrade\": \"B\", \"count\": 1,");
        assertEquals(1, ProfileLoader.read("level5.json", wrong).errors().size());
        assertEquals(true, ProfileLoader.read("level5.json", wrong).errors().get(0).format()
                .endsWith("minGrade \"B\" is not a foundation degree or HND grade; use one of: distinction, merit, pass"));
    }
}
