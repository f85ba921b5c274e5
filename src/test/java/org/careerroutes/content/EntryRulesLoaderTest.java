package org.careerroutes.content;

import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.EntryRules;
import org.careerroutes.model.NotFor;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entry requirements as rules: the built-in profile's, and each kind of rule the loader refuses. */
class EntryRulesLoaderTest {

    /** The university route's rules and its STP checkpoint, as the built-in profile writes them. */
    private static final String UNIVERSITY_GCSES = "{ \"qualification\": \"gcse\", \"count\": 5, \"minGrade\": \"4\", "
            + "\"step\": \"gcses\",";
    private static final String UNIVERSITY_A_LEVELS = "{ \"qualification\": \"a-level\", \"count\": 2, "
            + "\"step\": \"a-levels\", \"including\": [\"maths\", \"physics\"],";
    private static final String UNIVERSITY_A_LEVEL_WORDS = "\"words\": \"two or three A levels, including maths and physics\"";
    private static final String PTP_NOT_FOR = "\"notFor\": { \"qualification\": \"degree\", \"instead\": \"university\" },";
    private static final String STP_SOURCE = "\"source\": \"National School of Healthcare Science (nshcs.hee.nhs.uk), "
            + "STP entry requirements FAQs\",\n              \"checked\": \"2026-11\",";
    private static final String TWO_TWO = "{ \"qualification\": \"degree\", \"minGrade\": \"2:2\", ";
    private static final String APPRENTICESHIP_LEVEL_3 = "{ \"qualification\": \"level-3\", \"count\": 1, "
            + "\"step\": \"a-levels\",";
    private static final String PRIVATE_SECTOR_RULES = "\"rules\": [\n"
            + "            { \"qualification\": \"degree\", \"count\": 1, \"step\": \"degree\", "
            + "\"including\": [\"science-or-engineering\"] }\n          ]";

    private static Profile builtIn() {
        LoadResult result = ProfileLoader.loadBuiltIn();
        assertEquals(List.of(), result.problems());
        return result.profile().orElseThrow();
    }

    private static EntryRules rulesOf(String route) {
        return builtIn().entryRoutes().route(route).orElseThrow().rules();
    }

    @Test
    void theUniversityRulesAreReadAsWritten() {
        EntryRules rules = rulesOf("university");

        EntryRule gcses = rules.toStart().get(0);
        assertEquals(RuleQualification.GCSE, gcses.qualification());
        assertEquals(5, gcses.count());
        assertEquals(Optional.of("4"), gcses.minGrade());
        assertEquals(List.of(new SubjectNeed(List.of("science"), 2)), gcses.including());
        assertEquals(Optional.of("gcses"), gcses.step());
        assertFalse(gcses.helps());
        assertEquals("five GCSEs at grades 9 to 4 (A* to C) including two sciences", gcses.describe(),
                "the profile's own words");
        assertEquals("five GCSEs at grade 4 or above, including two sciences", gcses.describeFromRule());

        EntryRule aLevels = rules.toStart().get(1);
        assertEquals(RuleQualification.A_LEVEL, aLevels.qualification());
        assertEquals(2, aLevels.count());
        assertEquals(Optional.empty(), aLevels.minGrade());
        assertEquals(List.of(SubjectNeed.of("maths"), SubjectNeed.of("physics")), aLevels.including());
        assertEquals("two or three A levels, including maths and physics", aLevels.describe());
        assertEquals("two A levels, including maths and physics", aLevels.describeFromRule());
        assertEquals(Optional.empty(), rules.notFor());
    }

    @Test
    void theStpCheckpointHasItsSourceAndItsAlternatives() {
        List<Checkpoint> later = rulesOf("university").later();
        assertEquals(1, later.size());
        Checkpoint stp = later.get(0);
        assertEquals("To apply for the NHS Scientist Training Programme (STP)", stp.title());
        assertEquals(Optional.of("National School of Healthcare Science (nshcs.hee.nhs.uk), STP entry requirements FAQs"),
                stp.source());
        assertEquals(Optional.of("2026-11"), stp.checked());

        EntryRule degree = stp.rules().get(0);
        assertEquals(RuleQualification.DEGREE, degree.qualification());
        assertEquals(Optional.of("2:1"), degree.minGrade());
        assertEquals(Optional.of("degree"), degree.step());
        assertEquals(List.of(SubjectNeed.of(SubjectCatalogue.RELEVANT_DEGREE)), degree.including());
        assertEquals(List.of(RuleQualification.DEGREE, RuleQualification.HIGHER_DEGREE),
                degree.mayBeConsidered().stream().map(EntryRule::qualification).toList());
        assertEquals(Optional.of("2:2"), degree.mayBeConsidered().get(0).minGrade());

        EntryRule experience = stp.rules().get(1);
        assertEquals(RuleQualification.EXPERIENCE, experience.qualification());
        assertTrue(experience.helps());
        assertEquals(2, experience.count());
        assertEquals(Optional.of("hospital-experience"), experience.step());
        assertEquals(List.of(SubjectNeed.of("hospital-volunteering"), SubjectNeed.of("patient-contact")),
                experience.including());
    }

    @Test
    void theOtherRoutesHaveTheirRules() {
        EntryRules apprenticeship = rulesOf("apprenticeship");
        assertEquals(List.of("four or five GCSEs at grades 9 to 4 (A* to C)", "college qualifications like A levels"),
                apprenticeship.toStart().stream().map(EntryRule::describe).toList());
        assertEquals(List.of("four GCSEs at grade 4 or above", "a college qualification, like an A level"),
                apprenticeship.toStart().stream().map(EntryRule::describeFromRule).toList());
        assertEquals(List.of(), apprenticeship.later());

        EntryRules practitioner = rulesOf("practitioner-training");
        assertEquals(List.of("five GCSE grades 9 to 4 (A* to C) including English language, maths, and a science subject",
                        "at least two A levels, including maths or a science"),
                practitioner.toStart().stream().map(EntryRule::describe).toList());
        assertEquals(List.of("five GCSEs at grade 4 or above, including English language, maths and a science",
                        "two A levels, including maths or a science"),
                practitioner.toStart().stream().map(EntryRule::describeFromRule).toList());
        assertEquals(Optional.of(new NotFor(RuleQualification.DEGREE, Optional.of("university"))), practitioner.notFor(),
                "If you do not have a degree, you could apply for the NHS Practitioner Training Programme");

        EntryRules privateSector = rulesOf("private-sector");
        assertEquals(1, privateSector.toStart().size());
        assertEquals(RuleQualification.DEGREE, privateSector.toStart().get(0).qualification());
        assertEquals(Optional.of("degree"), privateSector.toStart().get(0).step());
        assertEquals(List.of(SubjectNeed.of(SubjectCatalogue.RELEVANT_DEGREE)), privateSector.toStart().get(0).including(),
                "a degree in the subjects of the university route, as chartered status asks");
    }

    @Test
    void eachPathwayFollowsItsRoute() {
        List<Pathway> pathways = builtIn().routeMap().orElseThrow().pathways();
        assertEquals(List.of("university", "apprenticeship", "practitioner-training", "private-sector"),
                pathways.stream().map(p -> p.route().orElseThrow()).toList());
    }

    @Test
    void aRouteWithoutRulesHasNone() {
        String json = builtInWith(",\n          " + PRIVATE_SECTOR_RULES, "");
        LoadResult result = ProfileLoader.read("r.json", json);
        assertEquals(List.of(), result.problems());
        assertEquals(EntryRules.NONE,
                result.profile().orElseThrow().entryRoutes().route("private-sector").orElseThrow().rules());
    }

    @Test
    void withoutARouteMapAStepIsNotChecked() {
        String json = TestProfiles.builtInJson();
        json = json.substring(0, json.indexOf("\"routeMap\"")) + "\"facts\": []\n}\n";
        LoadResult result = ProfileLoader.read("r.json", json);
        assertEquals(List.of(), result.problems());
        assertEquals(Optional.of("gcses"),
                result.profile().orElseThrow().entryRoutes().routes().get(0).rules().toStart().get(0).step());
    }

    @Test
    void anUnknownFieldOfARuleIsAWarningWithASuggestion() {
        LoadResult result = ProfileLoader.read("r.json", builtInWith(APPRENTICESHIP_LEVEL_3,
                APPRENTICESHIP_LEVEL_3 + " \"minGrades\": \"C\","));
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(List.of("unknown field \"minGrades\" in entryRoutes.routes[1].entryRequirements.rules[1] is "
                + "ignored; did you mean \"minGrade\"?"), result.warnings().stream().map(Problem::message).toList());
    }

    @Test
    void aRuleFieldInTheWrongPlaceSaysWhereItBelongs() {
        LoadResult result = ProfileLoader.read("r.json", builtInWith("\"heading\": \"Related skills\",",
                "\"heading\": \"Related skills\", \"minGrade\": \"4\","));
        assertEquals(List.of("unknown field \"minGrade\" in skills is ignored; \"minGrade\" belongs inside an "
                + "entry rule (in \"rules\")"), result.warnings().stream().map(Problem::message).toList());
    }

    @Test
    void asManySubjectsAsTheCountIsFine() {
        // Five GCSEs including English language, maths and a science: three of five.
        String json = builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("[\"maths\", \"physics\"]",
                "[\"maths\", { \"anyOf\": [\"physics\", \"chemistry\"] }]"));
        assertEquals(List.of(), ProfileLoader.read("r.json", json).problems());
    }

    private static String aLevelSubjectsAndGroups() {
        return SubjectCatalogue.subjectsFor(RuleQualification.A_LEVEL).stream().map(Subject::id)
                .collect(Collectors.joining(", ")) + ", or a group: science, science-or-engineering, hospital-experience";
    }

    private static final String STEPS = "a-levels, chartered, clinical-engineer, consultant, degree, "
            + "degree-apprenticeship, gcses, hcpc, hospital-experience, management, medical-research, "
            + "private-sector, ptp, stp, teaching";

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("unknown qualification",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("\"gcse\"", "\"gsce\"")),
                        "unknown qualification \"gsce\"; use one of: gcse, a-level, level-3, level-5, degree, higher-degree, "
                                + "experience",
                        "\"gsce\"", 1),
                Arguments.of("A level grade not in the scale",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("\"count\": 2,",
                                "\"count\": 2, \"minGrade\": \"F\",")),
                        "minGrade \"F\" is not an A level grade; use one of: A*, A, B, C, D, E",
                        "\"F\"", 1),
                Arguments.of("degree grade not in the scale",
                        builtInWith("\"minGrade\": \"2:1\"", "\"minGrade\": \"2:3\""),
                        "minGrade \"2:3\" is not a degree grade; use one of: first, 2:1, 2:2, third, ordinary",
                        "\"2:3\"", 1),
                Arguments.of("letter grade in a GCSE rule",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("\"4\"", "\"C\"")),
                        "minGrade \"C\" is a letter grade; rules use the GCSE number grades 9 to 1, so write \"4\" "
                                + "(students may still give letter grades)",
                        "\"C\"", 1),
                Arguments.of("minGrade for a qualification without grades",
                        builtInWith(APPRENTICESHIP_LEVEL_3, APPRENTICESHIP_LEVEL_3.replace("\"count\": 1,",
                                "\"count\": 1, \"minGrade\": \"C\",")),
                        "\"level-3\" has no grades, so its rule cannot have a \"minGrade\"; leave it out",
                        "\"C\", \"step\"", 1),
                Arguments.of("count of 0",
                        builtInWith(PRIVATE_SECTOR_RULES, PRIVATE_SECTOR_RULES.replace("\"count\": 1", "\"count\": 0")),
                        "entryRoutes.routes[3].entryRequirements.rules[0].count must be from 1 to 20, not 0",
                        "0, \"step\"", 1),
                Arguments.of("count of more than 20",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("\"count\": 5", "\"count\": 50")),
                        "entryRoutes.routes[0].entryRequirements.rules[0].count must be from 1 to 20, not 50",
                        "50", 1),
                Arguments.of("count as a word",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("5", "\"five\"")),
                        "entryRoutes.routes[0].entryRequirements.rules[0].count must be a whole number, not text",
                        "\"five\"", 1),
                Arguments.of("count as a number in quotes",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("5", "\"5\"")),
                        "entryRoutes.routes[0].entryRequirements.rules[0].count must be a whole number without "
                                + "quotes, like 5",
                        "\"5\"", 1),
                Arguments.of("minGrade as a number",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("\"4\"", "4")),
                        "entryRoutes.routes[0].entryRequirements.rules[0].minGrade must be text in double quotes, "
                                + "like \"4\"",
                        "4, \"step\"", 1),
                Arguments.of("unknown subject with a close match",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("\"physics\"", "\"physcis\"")),
                        "unknown subject \"physcis\"; did you mean \"physics\"?",
                        "\"physcis\"", 1),
                Arguments.of("unknown subject with no close match",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("\"physics\"", "\"astronomy\"")),
                        "unknown subject \"astronomy\"; use one of: "
                                + SubjectCatalogue.ids().stream().distinct().collect(Collectors.joining(", ")),
                        "\"astronomy\"", 1),
                Arguments.of("subject not taken at that level",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("\"physics\"",
                                "\"combined-science\"")),
                        "subject \"combined-science\" cannot be taken as \"a-level\" (only as \"gcse\"); for "
                                + "\"a-level\" use one of: " + aLevelSubjectsAndGroups(),
                        "\"combined-science\"", 1),
                Arguments.of("subject named in a rule for a qualification of any subject",
                        builtInWith(APPRENTICESHIP_LEVEL_3, APPRENTICESHIP_LEVEL_3 + " \"including\": [\"maths\"],"),
                        "subject \"maths\" cannot be taken as \"level-3\" (only as \"gcse\", \"a-level\", "
                                + "\"level-5\", \"degree\", \"higher-degree\"); a \"level-3\" rule can name only a group: science, "
                                + "science-or-engineering, hospital-experience",
                        "\"maths\"],", 1),
                Arguments.of("more subjects than the count",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("\"physics\"]",
                                "\"physics\", \"chemistry\"]")),
                        "this rule can never be met: \"including\" asks for 3 subjects, but the rule counts only 2 "
                                + "A levels; raise \"count\" to at least 3 or ask for fewer subjects",
                        "[\"maths\", \"physics\", \"chemistry\"]", 1),
                Arguments.of("two sciences from one GCSE",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("\"count\": 5", "\"count\": 1")),
                        "this rule can never be met: \"including\" asks for 2 subjects, but the rule counts only 1 "
                                + "GCSE; raise \"count\" to at least 2 or ask for fewer subjects",
                        "[ { \"anyOf\": [\"science\"]", 1),
                Arguments.of("unknown step",
                        builtInWith(UNIVERSITY_GCSES, UNIVERSITY_GCSES.replace("\"gcses\"", "\"gcse\"")),
                        "step \"gcse\" is not a route-map step; use one of: " + STEPS,
                        "\"gcse\",", 2),
                Arguments.of("empty rules list",
                        builtInWith(PRIVATE_SECTOR_RULES, "\"rules\": []"),
                        "entryRoutes.routes[3].entryRequirements.rules is empty; leave \"rules\" out instead when "
                                + "there are none",
                        "[]", 1),
                Arguments.of("checked without a source",
                        builtInWith(STP_SOURCE, "\"checked\": \"2026-11\","),
                        "\"checked\" needs a \"source\": say where these requirements come from, or leave "
                                + "\"checked\" out",
                        "\"2026-11\"", 1),
                Arguments.of("source without checked",
                        builtInWith(STP_SOURCE, STP_SOURCE.substring(0, STP_SOURCE.indexOf('\n'))),
                        "\"source\" needs \"checked\", the month the source was last checked, as YYYY-MM "
                                + "(e.g. \"2026-11\")",
                        "\"National School of Healthcare Science (nshcs.hee.nhs.uk), STP", 1),
                Arguments.of("step in a rule that may be considered",
                        builtInWith(TWO_TWO, TWO_TWO + "\"step\": \"degree\", "),
                        "\"step\" cannot be used in a rule under \"mayBeConsidered\", which says only what else may "
                                + "be accepted; give \"step\", \"helps\", \"mayBeConsidered\" and \"words\" on the main rule",
                        "\"step\": \"degree\", \"including\"", 1),
                Arguments.of("unknown pathway route",
                        builtInWith("\"route\": \"university\"", "\"route\": \"universty\""),
                        "pathway \"degree-stp\" follows route \"universty\", which is not an entry route; use one "
                                + "of: apprenticeship, practitioner-training, private-sector, university",
                        "\"universty\"", 1),
                Arguments.of("subject of the wrong kind of value",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("\"physics\"", "7")),
                        "entryRoutes.routes[0].entryRequirements.rules[1].including[1] must be a subject id in double "
                                + "quotes, like \"maths\", or a choice, like {\"anyOf\": [\"maths\", \"science\"], "
                                + "\"count\": 1}, not a number",
                        "7],", 1),
                Arguments.of("the same subject named twice",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("[\"maths\", \"physics\"]",
                                "[\"maths\", \"maths\"]")),
                        "\"maths\" is named twice in \"including\", so the rule can never be met: one qualification "
                                + "in a subject counts once",
                        "[\"maths\", \"maths\"]", 1),
                Arguments.of("a choice of one subject counted twice",
                        builtInWith(UNIVERSITY_A_LEVELS, UNIVERSITY_A_LEVELS.replace("[\"maths\", \"physics\"]",
                                "[{ \"anyOf\": [\"maths\"], \"count\": 2 }]")),
                        "this choice can never be met: it asks for 2 of maths, which can count 1 at most; name a group "
                                + "such as \"science\", or lower \"count\"",
                        "2 }]", 1),
                Arguments.of("a rule that only helps, with alternatives",
                        builtInWith("\"helps\": true,", "\"helps\": true, \"mayBeConsidered\": [ { \"qualification\": "
                                + "\"experience\" } ],"),
                        "a rule that only helps is never required, so \"mayBeConsidered\" has nothing to stand in "
                                + "for; leave one of them out",
                        "[ { \"qualification\": \"experience\" } ]", 1),
                Arguments.of("rules that all only help",
                        builtInWith(PRIVATE_SECTOR_RULES, PRIVATE_SECTOR_RULES.replace("] }",
                                "], \"helps\": true }")),
                        "every rule here has \"helps\": true, so nothing is required and every student would meet "
                                + "it; make at least one rule required",
                        "[\n            { \"qualification\": \"degree\", \"count\": 1, \"step\": \"degree\", "
                                + "\"including\": [\"science-or-engineering\"], \"helps\"", 1),
                Arguments.of("words not the profile's",
                        builtInWith(UNIVERSITY_A_LEVEL_WORDS, "\"words\": \"two A levels, including maths and physics\""),
                        "\"words\" must be the profile's own words, copied from this route's entry requirements; "
                                + "\"two A levels, including maths and physics\" is not found there",
                        "\"two A levels, including maths and physics\"", 1),
                Arguments.of("words from a note of ours",
                        builtInWith(PRIVATE_SECTOR_RULES, PRIVATE_SECTOR_RULES.replace("] }",
                                "], \"words\": \"Usually a degree first\" }")),
                        "\"words\" must be the profile's own words, copied from this route's entry requirements; "
                                + "\"Usually a degree first\" is not found there",
                        "\"Usually a degree first\"", 1),
                Arguments.of("words in a checkpoint's rule",
                        builtInWith("\"helps\": true,", "\"helps\": true, \"words\": \"relevant experience\","),
                        "\"words\" are the profile's own words for a rule, so only a rule in a route's \"rules\" or "
                                + "\"waysIn\" can have them; leave \"words\" out here",
                        "\"relevant experience\"", 1),
                Arguments.of("words in a rule that may be considered",
                        builtInWith(TWO_TWO, TWO_TWO + "\"words\": \"a 2:2\", "),
                        "\"words\" cannot be used in a rule under \"mayBeConsidered\", which says only what else may "
                                + "be accepted; give \"step\", \"helps\", \"mayBeConsidered\" and \"words\" on the main rule",
                        "\"words\": \"a 2:2\"", 1),
                Arguments.of("a route instead that is not one",
                        builtInWith(PTP_NOT_FOR, PTP_NOT_FOR.replace("\"university\"", "\"universty\"")),
                        "\"instead\" names route \"universty\", which is not a route of this profile; use one of: "
                                + "apprenticeship, practitioner-training, private-sector, university",
                        "\"universty\"", 1),
                Arguments.of("a route instead of itself",
                        builtInWith(PTP_NOT_FOR, PTP_NOT_FOR.replace("\"university\"", "\"practitioner-training\"")),
                        "\"instead\" names this route itself; name the route that fits someone who has the "
                                + "qualification, or leave \"instead\" out",
                        "\"practitioner-training\" }", 1),
                Arguments.of("not for an unknown qualification",
                        builtInWith(PTP_NOT_FOR, PTP_NOT_FOR.replace("\"degree\"", "\"degre\"")),
                        "unknown qualification \"degre\"; use one of: gcse, a-level, level-3, level-5, degree, "
                                + "higher-degree, experience",
                        "\"degre\"", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleGivesOneClearErrorAtTheRightPlace(String name, String json, String expected, String marker,
                                                        int occurrence) {
        assertEquals(TestProfiles.where("rules.json", json, marker, occurrence) + expected,
                TestProfiles.theOneError("rules.json", json, name).format(), name);
    }
}
