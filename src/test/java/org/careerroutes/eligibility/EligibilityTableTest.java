package org.careerroutes.eligibility;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in profile's rules against many students, one per row. A row names what is checked
 * ("university" to start the route, "university/later" its first later checkpoint,
 * "university/helps" the rule that only helps), the student's qualifications (see
 * {@link Qualifications}), the outcome expected and, when given, words the verdict must contain.
 */
class EligibilityTableTest {

    private static final String BASE5 = "gcse maths 5; gcse english language 5; gcse biology 4; gcse chemistry 4; "
            + "gcse physics 4";
    private static final String MATHS_PHYSICS = "alevel maths B; alevel physics C";
    private static final String UNI_READY = BASE5 + "; " + MATHS_PHYSICS;
    private static final String FOUR_AT_4 = "gcse maths 4; gcse english language 4; gcse history 4; gcse geography 4";

    private static final String TABLE = """
            # --- University: five GCSEs 9-4 incl. two sciences; two A levels incl. maths and physics
            university | BASE5; MATHS_PHYSICS | MEETS |
            university | BASE5; alevel maths B p; alevel physics C p | PREDICTED |
            university | BASE5; alevel maths B; alevel physics C p | PREDICTED |
            university | gcse maths 5; gcse english language 5; gcse biology 4; gcse chemistry 4; gcse physics 3; MATHS_PHYSICS | NOT_YET | one more GCSE at grade 4 or above
            university | gcse maths 4; gcse english language 4; gcse biology 4; gcse chemistry 4; gcse history 4; MATHS_PHYSICS | MEETS |
            university | gcse maths C; gcse english language C; gcse biology C; gcse chemistry B; gcse history A; MATHS_PHYSICS | MEETS |
            university | gcse maths D; gcse english language C; gcse biology C; gcse chemistry B; gcse history A; MATHS_PHYSICS | NOT_YET | one more GCSE at grade 4 or above (your maths is grade D)
            university | gcse maths 6; gcse english language 6; gcse history 5; gcse combined science 5-4; MATHS_PHYSICS | MEETS |
            university | FOUR_AT_4; gcse combined science 4-3; MATHS_PHYSICS | NOT_YET | one more science at GCSE grade 4 or above (your combined science is grade 4-3, which counts once)
            university | FOUR_AT_4; gcse biology 6; MATHS_PHYSICS | NOT_YET | one more science at GCSE grade 4 or above
            university | FOUR_AT_4; gcse french 7; MATHS_PHYSICS | NOT_YET | two sciences at GCSE grade 4 or above
            university | BASE5; alevel maths A; alevel chemistry A | NOT_YET | physics at A level
            university | BASE5; alevel biology A; alevel chemistry A | NOT_YET | maths and physics at A level
            university | BASE5; alevel maths A | NOT_YET | you need physics at A level
            university | gcse Mathematics 7; gcse English 6; gcse Double science 6-6; gcse History 5; alevel Math A; alevel physics A | MEETS |
            university | BASE5; alevel further maths A; alevel physics A | NOT_YET | maths at A level
            university | gcse maths 5; gcse maths 6; gcse english language 5; gcse biology 4; gcse chemistry 4; MATHS_PHYSICS | NOT_YET | one more GCSE at grade 4 or above
            university | gcse maths 3; gcse maths 5; gcse english language 5; gcse biology 4; gcse chemistry 4; gcse history 4; MATHS_PHYSICS | MEETS |
            university | gcse maths 9; gcse english language 9; gcse biology 9; gcse chemistry 9; gcse astrophysics 9; MATHS_PHYSICS | MEETS |
            university |  | NOT_YET | five GCSEs at grade 4 or above, including two sciences
            university | BASE5; alevel maths B p | NOT_YET | you need physics at A level
            # A graduate is judged at the STP, the checkpoint they have reached
            university | UNI_READY; degree physics 2:1 | MEETS |
            university | UNI_READY; degree physics 2:1 p | PREDICTED |
            university | UNI_READY; degree physics 2:2 | NOT_YET | Not yet: to apply for the NHS Scientist Training Programme (STP), you need a first or 2:1 degree in a relevant science or engineering subject (yours is a 2:2)
            university | UNI_READY; degree physics 2:2; higher medical physics | MAY_BE_CONSIDERED | You may be considered: to apply for
            university | BASE5; alevel maths B p; alevel physics C p; degree physics 2:2 | NOT_YET | you need a first or 2:1
            university | degree physics first | MEETS | to apply for the NHS Scientist Training Programme
            university | gcse maths 4; gcse english language 4; gcse biology 3; l3 Access to HE Diploma; degree mechanical engineering first | MEETS |
            university | UNI_READY; degree physics 2:2 p; higher medical physics p | NOT_YET | you need a first or 2:1
            university | UNI_READY; higher physics | MEETS |
            private-sector | higher physics | MEETS |
            university | gcse maths 3; gcse english language 3; gcse history 2; MATHS_PHYSICS | NOT_YET | five GCSEs at grade 4 or above, including two sciences (your maths is grade 3)
            university | gcse maths 5; gcse english language 5; gcse biology 5; MATHS_PHYSICS | NOT_YET | one more GCSE at grade 4 or above, in any subject; one more science at GCSE grade 4 or above
            university | gcse combined science 5-3; gcse combined science 4-4; gcse maths 5; gcse english language 5; gcse history 5; MATHS_PHYSICS | MEETS |
            university | gcse combined science 4-4; gcse combined science 5-3; gcse maths 5; gcse english language 5; gcse history 5; MATHS_PHYSICS | MEETS |
            # --- University's later checkpoint: the STP (first or 2:1 in a relevant subject; 2:2 and a higher degree may be considered)
            university/later | UNI_READY; degree physics 2:1 | MEETS |
            university/later | UNI_READY; degree electronic engineering first | MEETS |
            university/later | UNI_READY; degree physics 2:2 | NOT_YET | subject: not yet (yours is a 2:2)
            university/later | UNI_READY; degree physics 2:2; higher physics | MAY_BE_CONSIDERED |
            university/later | UNI_READY; degree physics third; higher physics | NOT_YET |
            university/later | UNI_READY; degree history first | NOT_YET | History is not on our list
            university/later | UNI_READY; degree mechanical engineering 2:1 p | PREDICTED |
            university/later | UNI_READY | NOT_YET | relevant science or engineering subject: not yet
            university/helps | exp voluntary work in a hospital; exp patient contact | MEETS |
            university/helps | exp hospital volunteering | NOT_YET | It would help your application to have experience of patient contact
            # --- Apprenticeship: four GCSEs 9-4 and college qualifications like A levels
            apprenticeship | FOUR_AT_4; alevel maths B | MEETS |
            apprenticeship | gcse maths 4; gcse english language 4; gcse history 4; gcse geography 3; alevel maths B | NOT_YET | one more GCSE at grade 4 or above (your geography is grade 3)
            apprenticeship | FOUR_AT_4; l3 BTEC National in Engineering | MEETS |
            apprenticeship | FOUR_AT_4; l3 T level p | PREDICTED |
            apprenticeship | FOUR_AT_4 | NOT_YET | a college qualification, like an A level
            apprenticeship | gcse maths C; gcse english language C; gcse history C; gcse geography D; alevel maths B | NOT_YET | one more GCSE at grade 4 or above
            apprenticeship | gcse maths 4 p; gcse english language 4 p; gcse history 4 p; gcse geography 4 p; alevel maths B p | PREDICTED |
            apprenticeship |  | NOT_YET | four GCSEs at grade 4 or above
            # --- Practitioner Training Programme: five GCSEs 9-4 incl. English language, maths, a science; two A levels incl. maths or a science
            practitioner-training | BASE5; alevel biology C; alevel history C | MEETS |
            practitioner-training | BASE5; alevel history C; alevel geography C | NOT_YET | maths or a science at A level
            practitioner-training | gcse maths 5; gcse english literature 5; gcse biology 5; gcse chemistry 5; gcse history 5; MATHS_PHYSICS | NOT_YET | English language at GCSE grade 4 or above
            practitioner-training | gcse maths 5; gcse english language 3; gcse biology 5; gcse chemistry 5; gcse history 5; gcse french 5; MATHS_PHYSICS | NOT_YET | English language at GCSE grade 4 or above (yours is grade 3)
            practitioner-training | gcse maths 3; gcse english language 5; gcse biology 5; gcse chemistry 5; gcse history 5; gcse french 5; MATHS_PHYSICS | NOT_YET | maths at GCSE grade 4 or above (yours is grade 3)
            practitioner-training | gcse maths C; gcse english language C; gcse combined science CC; gcse history C; MATHS_PHYSICS | MEETS |
            practitioner-training | BASE5; alevel maths A | NOT_YET | one more A level
            practitioner-training | gcse maths 5 p; gcse english language 5 p; gcse biology 4 p; gcse chemistry 4 p; gcse physics 4 p; alevel maths B p; alevel physics C p | PREDICTED |
            practitioner-training | BASE5; alevel maths A; alevel maths B | NOT_YET | one more A level
            practitioner-training | gcse maths 9; gcse english language 9; gcse history 9; gcse french 9; gcse geography 9; MATHS_PHYSICS | NOT_YET | a science at GCSE grade 4 or above
            # --- Private sector: usually a degree first
            private-sector | UNI_READY | NOT_YET | a degree
            private-sector | degree history third | MEETS |
            private-sector | degree physics 2:1 p | PREDICTED |
            """;

    private static Profile profile;

    @BeforeAll
    static void load() {
        LoadResult result = ProfileLoader.loadBuiltIn();
        assertTrue(result.profile().isPresent(), () -> "built-in profile loads: " + result.problems());
        profile = result.profile().get();
    }

    record Case(String target, String qualifications, Outcome expected, String words) {
        @Override
        public String toString() {
            return target + " | " + qualifications + " -> " + expected + (words.isEmpty() ? "" : " \"" + words + "\"");
        }
    }

    static Stream<Case> cases() {
        return TABLE.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> {
                    String[] cells = line.split("\\|", -1);
                    String quals = cells[1].strip().replace("UNI_READY", UNI_READY).replace("BASE5", BASE5)
                            .replace("MATHS_PHYSICS", MATHS_PHYSICS).replace("FOUR_AT_4", FOUR_AT_4);
                    return new Case(cells[0].strip(), quals, Outcome.valueOf(cells[2].strip()), cells[3].strip());
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdict(Case c) {
        String[] target = c.target().split("/");
        EntryRoute route = profile.entryRoutes().route(target[0]).orElseThrow();
        RouteVerdict verdict = EligibilityChecker.check(route, Qualifications.parse(c.qualifications()));
        Outcome outcome;
        String text;
        if (target.length == 1) {
            outcome = verdict.outcome();
            text = verdict.summary();
        } else if (target[1].equals("later")) {
            CheckpointResult checkpoint = verdict.later().get(0);
            outcome = checkpoint.outcome();
            text = checkpoint.results().stream().filter(r -> !r.onlyHelps()).map(RuleResult::describe).toList().toString();
        } else {
            RuleResult helps = verdict.allResults().filter(RuleResult::onlyHelps).findFirst().orElseThrow();
            outcome = helps.outcome();
            text = helps.describe();
        }
        assertEquals(c.expected(), outcome, () -> "verdict was: " + text);
        assertTrue(text.contains(c.words()), () -> "expected \"" + c.words() + "\" in: " + text);
    }

    @org.junit.jupiter.api.Test
    void theTableCoversEveryRouteWithAtLeastFortyCases() {
        List<Case> all = cases().toList();
        assertTrue(all.size() >= 40, "cases: " + all.size());
        for (EntryRoute route : profile.entryRoutes().routes()) {
            assertTrue(all.stream().anyMatch(c -> c.target().startsWith(route.id())), route.id());
        }
    }
}
