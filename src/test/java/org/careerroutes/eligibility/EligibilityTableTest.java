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
            university |  | NOT_YET | you need five GCSEs at grades 9 to 4 (A* to C) including two sciences; two or three A levels, including maths and physics
            university | BASE5; alevel maths B p | NOT_YET | you need physics at A level
            # A graduate is judged at the STP, the checkpoint they have reached
            university | UNI_READY; degree physics 2:1 | MEETS |
            university | UNI_READY; degree physics 2:1 p | PREDICTED |
            university | UNI_READY; degree physics 2:2 | NOT_YET | Not yet: to apply for the NHS Scientist Training Programme (STP), you need a first or 2:1 degree in a relevant science or engineering subject (yours is a 2:2). Your 2:2 with a master's degree or doctorate in a relevant science or engineering subject may be considered
            university | UNI_READY; degree physics 2:2; higher medical physics | MAY_BE_CONSIDERED | You may be considered to apply for the NHS Scientist Training Programme (STP): the usual requirement is a first or 2:1 degree in a relevant science or engineering subject, and your 2:2 with your master's or doctorate in medical physics may be accepted instead
            university | BASE5; alevel maths B p; alevel physics C p; degree physics 2:2 | NOT_YET | you need a first or 2:1
            university | degree physics first | MEETS | to apply for the NHS Scientist Training Programme
            university | gcse maths 4; gcse english language 4; gcse biology 3; l3 Access to HE Diploma; degree mechanical engineering first | MEETS |
            university | UNI_READY; degree physics 2:2 p; higher medical physics p | NOT_YET | you need a first or 2:1
            university | UNI_READY; higher physics | NOT_YET | (you have added a master's or doctorate, but not the degree before it: add that too, with its class)
            private-sector | higher physics | MEETS |
            university | gcse maths 3; gcse english language 3; gcse history 2; MATHS_PHYSICS | NOT_YET | five GCSEs at grades 9 to 4 (A* to C) including two sciences (your maths and English language are grade 3, and your history is grade 2)
            university | gcse maths 5; gcse english language 5; gcse biology 5; MATHS_PHYSICS | NOT_YET | you need one more science at GCSE grade 4 or above, which counts towards the five GCSEs too; one more GCSE at grade 4 or above in another subject
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
            apprenticeship | FOUR_AT_4 | NOT_YET | you need college qualifications like A levels
            apprenticeship | gcse maths C; gcse english language C; gcse history C; gcse geography D; alevel maths B | NOT_YET | one more GCSE at grade 4 or above
            apprenticeship | gcse maths 4 p; gcse english language 4 p; gcse history 4 p; gcse geography 4 p; alevel maths B p | PREDICTED |
            apprenticeship |  | NOT_YET | you need four or five GCSEs at grades 9 to 4 (A* to C); college qualifications like A levels
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
            # --- Graduates and the NHS Practitioner Training Programme, which is for people without a degree
            practitioner-training | UNI_READY; degree physics 2:1 | OTHER_ROUTE | Another route fits: this route is for people without a degree, and you have one. The route that fits is University, at its next step: to apply for the NHS Scientist Training Programme (STP)
            practitioner-training | UNI_READY; degree physics 2:1 p | OTHER_ROUTE | and you are studying for one
            practitioner-training | UNI_READY; degree history first | OTHER_ROUTE | for people without a degree, and you have one
            practitioner-training | higher medical physics | OTHER_ROUTE | you have one
            practitioner-training | UNI_READY; degree physics 2:1; higher physics p | OTHER_ROUTE | you have one
            practitioner-training | UNI_READY | MEETS |
            practitioner-training | UNI_READY; exp patient contact | MEETS |
            # --- A graduate is judged at the STP, headline and all
            university | UNI_READY; degree physics 2:1 | MEETS | You meet the usual entry requirements to apply for the NHS Scientist Training Programme (STP)
            university | UNI_READY; degree physics 2:1 p | PREDICTED | Your expected results meet the usual entry requirements to apply for the NHS Scientist Training Programme (STP)
            university | degree mechanical engineering 2:1 p | PREDICTED | to apply for the NHS Scientist Training Programme (STP)
            # Only a master's entered: judged at the STP as other graduates are, not on GCSEs and A levels
            university | higher medical physics | NOT_YET | Not yet: to apply for the NHS Scientist Training Programme (STP), you need a first or 2:1 degree
            university | gcse maths 3; higher physics | NOT_YET | but not the degree before it: add that too, with its class
            university | UNI_READY; higher physics p | NOT_YET | to apply for the NHS Scientist Training Programme (STP)
            # A 2:2: with a relevant master's it may be considered, once the master's is finished
            university | UNI_READY; degree physics 2:2; higher medical physics p | NOT_YET | (yours is a 2:2). Your 2:2 with your master's or doctorate in medical physics may be considered once it is finished
            university | UNI_READY; degree physics 2:2 p; higher medical physics p | NOT_YET | Your expected 2:2 with your master's or doctorate in medical physics may be considered once they are finished
            university | UNI_READY; degree physics 2:2 p | NOT_YET | (yours is expected to be a 2:2). Your expected 2:2 with a master's degree or doctorate in a relevant science or engineering subject may be considered
            university | UNI_READY; degree physics 2:2; higher history | NOT_YET | may be considered
            university | UNI_READY; degree physics 2:2; higher medical physics | MAY_BE_CONSIDERED | You may be considered
            university | UNI_READY; degree physics third | NOT_YET | (yours is a third)
            # Unrelated degrees: not on our list, hedged, for the STP and for the private sector alike
            university | UNI_READY; degree history first | NOT_YET | (History is not on our list of these subjects; universities and employers decide what is relevant)
            university | UNI_READY; degree history 2:2 | NOT_YET | (yours is a 2:2 in history, which is not on our list of these subjects; universities and employers decide what is relevant)
            university | UNI_READY; degree history first; degree physics 2:2 | NOT_YET | (your physics degree is a 2:2; history is not on our list of these subjects; universities and employers decide what is relevant)
            university | UNI_READY; degree history first; degree physics 2:1 | MEETS |
            private-sector | degree history first | NOT_YET | Not yet: you need a degree in a relevant science or engineering subject, or a master's or doctorate in one (History is not on our list of these subjects; universities and employers decide what is relevant)
            private-sector | degree history first; higher physics | MEETS |
            private-sector | degree mechanical engineering third | MEETS |
            private-sector | degree history 2:1 p | NOT_YET | History is not on our list
            private-sector | degree Clinical engineering (healthcare science) = 2:2 | MEETS |
            # Accredited degrees by the names they go by
            university/later | UNI_READY; degree Clinical engineering (healthcare science) = 2:1 | MEETS |
            university/later | UNI_READY; degree BSc (Hons) Healthcare Science (Clinical Engineering) = first | MEETS |
            university/later | UNI_READY; degree BEng Electrical and electronic engineering = 2:1 | MEETS |
            university/later | UNI_READY; degree healthcare science 2:1 | NOT_YET | Healthcare science is not on our list
            # Degree classes written out
            university | UNI_READY; degree physics = Upper second class honours | MEETS |
            university | UNI_READY; degree physics = upper second | MEETS |
            university | UNI_READY; degree physics = 2:1 (hons) | MEETS |
            university | UNI_READY; degree physics = 2.1 | MEETS |
            university | UNI_READY; degree physics = First class | MEETS |
            university | UNI_READY; degree physics = Third | NOT_YET | (yours is a third)
            university | UNI_READY; degree physics = Lower second class honours | NOT_YET | (yours is a 2:2)
            university | UNI_READY; degree physics = upper second class p | PREDICTED |
            # Each result that falls short is named, under one need only
            university | gcse maths 5; gcse english language 5; gcse history 5; gcse biology 3; gcse chemistry 3; gcse physics 3; MATHS_PHYSICS | NOT_YET | you need two sciences at GCSE grade 4 or above (your biology, chemistry and physics are grade 3)
            university | gcse maths 3; gcse english language 3; gcse biology 3; gcse chemistry 2; gcse history 3; MATHS_PHYSICS | NOT_YET | including two sciences (your maths, English language, biology and history are grade 3, and your chemistry is grade 2)
            university | gcse maths 5; gcse english language 5; gcse biology 5; gcse chemistry 3; MATHS_PHYSICS | NOT_YET | you need one more science at GCSE grade 4 or above, which counts towards the five GCSEs too (your chemistry is grade 3); one more GCSE at grade 4 or above in another subject
            university | gcse maths 5; gcse english language 5; gcse biology 5; gcse chemistry 3; gcse history 2; MATHS_PHYSICS | NOT_YET | (your chemistry is grade 3); one more GCSE at grade 4 or above in another subject (your history is grade 2)
            university | gcse maths 5; gcse english language 5; gcse biology 5; gcse history 5; gcse chemistry 3 p; MATHS_PHYSICS | NOT_YET | you need one more science at GCSE grade 4 or above (your chemistry is predicted grade 3)
            practitioner-training | gcse maths 3; gcse english language 5; gcse biology 5; gcse history 5; MATHS_PHYSICS | NOT_YET | you need maths at GCSE grade 4 or above, which counts towards the five GCSEs too (your maths is grade 3); one more GCSE at grade 4 or above in another subject
            apprenticeship | gcse maths 3; gcse history 3; l3 T level | NOT_YET | you need four or five GCSEs at grades 9 to 4 (A* to C) \u2013 your maths and history are grade 3
            # The profile's own words for each requirement
            university | BASE5 | NOT_YET | you need two or three A levels, including maths and physics
            practitioner-training | BASE5 | NOT_YET | you need at least two A levels, including maths or a science
            practitioner-training |  | NOT_YET | you need five GCSE grades 9 to 4 (A* to C) including English language, maths, and a science subject
            # --- Foundation degrees, HNDs and ordinary degrees, with their own grades: what each means for each route
            university | UNI_READY; foundation mechanical engineering merit | MEETS | You meet the usual entry requirements
            university/later | UNI_READY; foundation mechanical engineering merit | NOT_YET | subject: not yet (your foundation degree in mechanical engineering is not a bachelor's degree)
            private-sector | UNI_READY; hnd engineering distinction | NOT_YET | Not yet: you need a degree in a relevant science or engineering subject (your HND in engineering is not a bachelor's degree)
            private-sector | hnd engineering distinction p | NOT_YET | (your HND in engineering is not a bachelor's degree)
            practitioner-training | UNI_READY; foundation engineering pass | MEETS |
            practitioner-training | UNI_READY; hnd engineering merit p | MEETS |
            apprenticeship | FOUR_AT_4; hnd engineering merit | MEETS |
            apprenticeship | FOUR_AT_4; foundation engineering pass p | PREDICTED |
            university | UNI_READY; degree physics = ordinary | NOT_YET | Not yet: to apply for the NHS Scientist Training Programme (STP), you need a first or 2:1 degree in a relevant science or engineering subject (yours is an ordinary degree, without honours)
            university | UNI_READY; degree physics = ordinary; higher medical physics | NOT_YET | (yours is an ordinary degree, without honours)
            private-sector | degree physics = ordinary | MEETS |
            practitioner-training | UNI_READY; degree physics = ordinary | OTHER_ROUTE | for people without a degree, and you have one
            # --- One story for an unrelated degree: the relevant degree, or a relevant master's, is what is needed next, said the same way
            university | UNI_READY; degree history 2:1 | NOT_YET | Not yet: to apply for the NHS Scientist Training Programme (STP), you need a degree in a relevant science or engineering subject, or a master's or doctorate in one (History is not on our list
            practitioner-training | UNI_READY; degree history 2:1 | OTHER_ROUTE | The route for you is University, at its next step: to apply for the NHS Scientist Training Programme (STP), you need a degree in a relevant science or engineering subject, or a master's or doctorate in one (History is not on our list
            private-sector | UNI_READY; degree history 2:1 | NOT_YET | Not yet: you need a degree in a relevant science or engineering subject, or a master's or doctorate in one (History is not on our list
            practitioner-training | UNI_READY; degree physics 2:2 | OTHER_ROUTE | The route for you is University, at its next step: to apply for the NHS Scientist Training Programme (STP), you need a first or 2:1 degree in a relevant science or engineering subject (yours is a 2:2)
            # One rule for a relevant master's: it counts for the degree's subject, on every card
            university | UNI_READY; degree history 2:1; higher medical physics | MEETS | You meet the usual entry requirements to apply for the NHS Scientist Training Programme (STP)
            university | UNI_READY; degree history 2:1; higher medical physics p | PREDICTED | Your expected results meet the usual entry requirements to apply for the NHS Scientist Training Programme (STP)
            university | UNI_READY; degree history 2:2; higher medical physics | MAY_BE_CONSIDERED | your 2:2 with your master's or doctorate in medical physics may be accepted instead
            university | UNI_READY; degree history third; higher medical physics | NOT_YET | (yours is a third)
            private-sector | degree history 2:1; higher medical physics | MEETS |
            practitioner-training | UNI_READY; degree history 2:1; higher medical physics | OTHER_ROUTE | The route that fits is University, at its next step: to apply for the NHS Scientist Training Programme (STP)
            # Words: agreement with several things, one name said once
            university | gcse maths 5; gcse english language 5; MATHS_PHYSICS | NOT_YET | you need two sciences at GCSE grade 4 or above, which count towards the five GCSEs too; one more GCSE at grade 4 or above in another subject
            practitioner-training | gcse history 5; MATHS_PHYSICS | NOT_YET | you need English language, maths and a science at GCSE grade 4 or above, which count towards the five GCSEs too; one more GCSE at grade 4 or above in another subject
            private-sector | degree history first; higher history | NOT_YET | (History is not on our list of these subjects; universities
            private-sector | degree physics 2:1 p | PREDICTED | Your expected results meet the usual entry requirements
            # --- Private sector: usually a degree first
            private-sector | UNI_READY | NOT_YET | a degree
            private-sector | degree history third | NOT_YET | you need a degree in a relevant science or engineering subject, or a master's or doctorate in one (History is not on our list of these subjects; universities and employers decide what is relevant)
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
        RouteVerdict verdict = EligibilityChecker.checkAll(profile, Qualifications.parse(c.qualifications())).stream()
                .filter(v -> v.route().equals(route)).findFirst().orElseThrow();
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
