package org.careerroutes.importer;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.careerroutes.compare.Comparisons;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.compare.StartingPoint;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.Outcome;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.handout.Handout;
import org.careerroutes.handout.HandoutPdf;
import org.careerroutes.handout.PlanCode;
import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.WayIn;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StepMark;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten job profiles written for these tests in the shape of real ones (src/test/resources/import),
 * with and without route headings and with every kind of bullet, imported: the routes and rules
 * each should give (worked out by hand from its text), every line of the text in the profile or
 * named in the report, and Compare routes, My plan's handout and its code working on each.
 */
class ImportedProfilesTest {

    static final Path FOLDER = Path.of("src/test/resources/import");
    private static final YearMonth TAKEN = YearMonth.of(2026, 11);

    /** What a profile should give: its routes in order, each with its rules (briefly) or "no rule". */
    private record Expected(String file, String title, boolean routeHeadings, Map<String, String> routes, int notPlaced) {
    }

    private static Map<String, String> routes(String... idAndRules) {
        Map<String, String> routes = new LinkedHashMap<>();
        for (int i = 0; i < idAndRules.length; i += 2) {
            routes.put(idAndRules[i], idAndRules[i + 1]);
        }
        return routes;
    }

    static final List<Expected> EXPECTED = List.of(
            new Expected("biomedical-engineer.txt", "Biomedical engineer", true, routes(
                    "university", "gcse 5 ≥4 [maths, physics] + a-level 2 [maths]",
                    "clinical-engineering-graduate-scheme", "degree 1 [science-or-engineering]"), 0),
            new Expected("countryside-ranger.txt", "Countryside ranger", true, routes(
                    "university", "for a foundation degree or higher national diploma: not checked | for a degree: a-level 2",
                    "college", "gcse 4 ≥4", "volunteering", "no rule", "direct-application", "no rule"), 1),
            new Expected("dental-technician.txt", "Dental technician", true, routes(
                    "university", "for a foundation degree or higher national diploma: a-level 1 | for a degree: a-level 2 "
                            + "[maths/science]",
                    "college", "for a level 2 course: nothing asked | for a level 3 course: gcse 4 ≥4",
                    "apprenticeship", "gcse 5 ≥4 [english-language, maths]", "work", "no rule"), 4),
            new Expected("electrician.txt", "Electrician", false, routes(
                    "college", "for a level 2 course: gcse 2 ≥3 [english-language, maths] | for a level 3 course: gcse 4 ≥4 "
                            + "[english-language, maths]",
                    "apprenticeship", "for an intermediate apprenticeship: gcse 2 [english-language, maths] | for an advanced "
                            + "apprenticeship: gcse 5 ≥4 [english-language, maths]",
                    "work", "no rule"), 0),
            new Expected("lab-technician.txt", "Laboratory technician", true, routes(
                    "university", "a-level 2 [biology, chemistry]",
                    "apprenticeship", "for an advanced apprenticeship: gcse 5 ≥4 [english-language, maths] | for a higher or "
                            + "degree apprenticeship: gcse 4 ≥4 + level-3 1",
                    "work", "no rule", "graduate-technician-programme", "no rule"), 1),
            new Expected("paramedic.txt", "Paramedic", true, routes(
                    "university", "gcse 5 ≥4 [english-language, maths, science] + a-level 2 [biology]",
                    "apprenticeship", "gcse 4 ≥4 + level-3 1", "work", "no rule"), 0),
            new Expected("pharmacy-technician.txt", "Pharmacy technician", false, routes(
                    "college", "gcse 4 ≥4 [english-language, maths, science]",
                    "apprenticeship", "gcse 5 ≥4 [english-language, maths]", "work", "no rule",
                    "pharmacy-support-traineeship", "no rule"), 0),
            new Expected("train-driver.txt", "Train driver", true, routes(
                    "apprenticeship", "gcse 5 ≥4 [english-language, maths]",
                    "direct-application", "gcse 4 ≥4 [english-language, maths]"), 0),
            new Expected("veterinary-nurse.txt", "Veterinary nurse", true, routes(
                    "university", "gcse 5 ≥4 [english-language, maths, science×2] + a-level 2 [biology]",
                    "apprenticeship", "gcse 5 ≥4 [english-language, maths, science]", "work", "no rule"), 0),
            new Expected("youth-worker.txt", "Youth worker", false, routes(
                    "university", "a-level 2", "college", "gcse 2 ≥3", "volunteering", "no rule",
                    "direct-application", "no rule", "youth-work-trainee-scheme", "no rule", "work", "no rule"), 0));

    static ImportResult imported(String file) {
        ImportResult result = ProfileImporter.importFile(FOLDER.resolve(file), TAKEN);
        assertTrue(result.imported(), () -> file + ": " + result.report().text());
        return result;
    }

    @Test
    void everyTestProfileIsListedAndThereAreAtLeastEight() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertEquals(EXPECTED.stream().map(Expected::file).sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(EXPECTED.size() >= 8);
        assertTrue(EXPECTED.stream().anyMatch(Expected::routeHeadings), "a text with route headings");
        assertTrue(EXPECTED.stream().anyMatch(e -> !e.routeHeadings()), "a text without them");
    }

    @TestFactory
    Stream<DynamicTest> eachGivesItsRoutesAndRules() {
        return EXPECTED.stream().map(expected -> DynamicTest.dynamicTest(expected.file(), () -> {
            ImportResult result = imported(expected.file());
            Profile profile = result.profile().orElseThrow();
            assertEquals(expected.title(), profile.title());
            Map<String, String> made = new LinkedHashMap<>();
            for (EntryRoute route : profile.entryRoutes().routes()) {
                made.put(route.id(), RequirementPhrasings.brief(route.rules()));
            }
            assertEquals(expected.routes(), made, result.report()::text);
            assertEquals(expected.notPlaced(), result.report().notPlacedLines(), result.report()::text);
            assertTrue(result.report().text().contains(expected.routeHeadings() ? "with a heading for each route"
                    : "without route headings"), result.report()::text);
        }));
    }

    @TestFactory
    Stream<DynamicTest> whatIsWrittenLoadsBackAsTheSameProfile() {
        return EXPECTED.stream().map(expected -> DynamicTest.dynamicTest(expected.file(), () -> {
            ImportResult result = imported(expected.file());
            LoadResult loaded = ProfileLoader.read(expected.file(), result.json().orElseThrow());
            assertTrue(loaded.isValid(), loaded.problems()::toString);
            assertEquals(result.profile(), loaded.profile());
            // Only the lines kept as not placed are warned about.
            assertEquals(expected.notPlaced() > 0 ? 1 : 0, loaded.warnings().size(), loaded.problems()::toString);
        }));
    }

    /**
     * Word for word: every line of the text is a text of the written file (in its section, or
     * kept as not placed), or a heading the report names as left out.
     */
    @TestFactory
    Stream<DynamicTest> everyLineReachesTheProfileOrIsNamedInTheReport() {
        List<String> files = new ArrayList<>(EXPECTED.stream().map(Expected::file).toList());
        files.add("../seed/clinical-engineer-profile.txt");
        return files.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            ImportResult result = imported(file);
            SourceText text = SourceText.read(file, Files.readAllBytes(FOLDER.resolve(file)));
            assertEquals(List.of(), linesLost(text, result));
        }));
    }

    /**
     * The lines of a text that reach neither the written profile (in its section, or kept as not
     * placed) nor the report; and headings left out that the report does not name.
     */
    static List<String> linesLost(SourceText text, ImportResult result) {
        List<String> written = new ArrayList<>();
        strings(JsonParser.parseString(result.json().orElseThrow()), written);
        String all = String.join("\n", written);
        List<String> lost = new ArrayList<>();
        for (SourceText.Line line : text.lines()) {
            if (line.isBlank()) {
                continue;
            }
            boolean kept = all.contains(line.text().replaceAll(":$", ""));
            boolean named = result.report().text().contains("\u201c" + line.text() + "\u201d");
            boolean structure = Heading.of(line).isPresent();
            if (!kept && !named && !structure) {
                lost.add("line " + line.number() + " is lost: " + line.text());
            } else if (!kept && !named) {
                lost.add("line " + line.number() + ", a heading left out, is not named in the report: " + line.text());
            }
        }
        return lost;
    }

    private static void strings(JsonElement element, List<String> into) {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            into.add(element.getAsString());
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> strings(e, into));
        } else if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(e -> strings(e.getValue(), into));
        }
    }

    /** Compare routes: every pathway, from every starting point, with and without verdicts. */
    @TestFactory
    Stream<DynamicTest> compareRoutesWorksOnEveryPathway() {
        return EXPECTED.stream().map(expected -> DynamicTest.dynamicTest(expected.file(), () -> {
            Profile profile = imported(expected.file()).profile().orElseThrow();
            List<RouteVerdict> verdicts = EligibilityChecker.checkAll(profile,
                    Students.parse("gcse Maths 6; gcse English language 6; gcse Biology 5; gcse Chemistry 5; gcse Physics 5"));
            assertFalse(Comparisons.pathways(profile).isEmpty());
            for (Pathway pathway : Comparisons.pathways(profile)) {
                for (StartingPoint from : StartingPoint.values()) {
                    RouteComparison column = Comparisons.compare(profile, pathway, from, 2026, java.time.LocalDate.of(2026, 10, 1), verdicts);
                    assertFalse(column.timeToRole().isBlank());
                    assertFalse(column.timeToRole().contains("does not reach the job"), pathway.id());
                }
                RouteComparison fromYear12 = Comparisons.compare(profile, pathway, StartingPoint.YEAR_12, 2026, java.time.LocalDate.of(2026, 10, 1), verdicts);
                // A pathway shows a verdict when its route is checked, and, through a way in, when that way is.
                Optional<EntryRoute> route = pathway.route().flatMap(r -> profile.entryRoutes().route(r));
                boolean checked = route.filter(r -> !r.rules().isEmpty()).isPresent()
                        && route.get().rules().wayOn(pathway.steps()).map(WayIn::checked).orElse(true);
                assertEquals(checked, fromYear12.verdict().filter(v -> v.outcome() != Outcome.NO_RULES).isPresent(),
                        pathway.id());
            }
        }));
    }

    /** My plan's handout, as a PDF and as a code for a phone, on every pathway. */
    @TestFactory
    Stream<DynamicTest> theHandoutWorksOnEveryPathway() {
        return EXPECTED.stream().map(expected -> DynamicTest.dynamicTest(expected.file(), () -> {
            Profile profile = imported(expected.file()).profile().orElseThrow();
            RouteMap map = profile.routeMap().orElseThrow();
            for (Pathway pathway : map.pathways()) {
                MyPlan plan = MyPlan.empty(profile.id()).withPathway(Optional.of(pathway.id()))
                        .withMark(pathway.steps().get(0), Optional.of(StepMark.DONE))
                        .withQualifications(Students.parse("gcse Maths 6; gcse English language 5"));
                Handout handout = Handout.of(profile, plan, LocalDate.of(2026, 11, 30));
                assertEquals(pathway.id(), handout.pathway().orElseThrow().id());
                assertEquals(pathway.steps().size(), handout.steps().size());
                byte[] pdf = HandoutPdf.bytes(handout);
                assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                        .equals("%PDF-"));
                assertTrue(PlanCode.text(handout).contains(profile.title()));
            }
        }));
    }

    @Test
    void theWaysInOfARouteAreStepsOfTheirOwnEachJudgedByItsOwnRules() {
        Profile profile = imported("dental-technician.txt").profile().orElseThrow();
        RouteMap map = profile.routeMap().orElseThrow();
        Pathway level2 = map.pathway("college-level-2-course").orElseThrow();
        Pathway level3 = map.pathway("college-level-3-course").orElseThrow();
        assertEquals(Optional.of("college"), level2.route());
        assertEquals(Optional.of("college"), level3.route());
        assertEquals(List.of("gcses", "level-2-course", "registration", "dental-technician"), level2.steps());
        assertEquals("Level 2 college course", level2.title());
        assertEquals("University: foundation degree or higher national diploma",
                map.pathway("university-foundation-degree").orElseThrow().title());
        EntryRoute college = profile.entryRoutes().route("college").orElseThrow();
        assertEquals(List.of("for a level 2 course", "for a level 3 course"),
                college.rules().waysIn().stream().map(WayIn::title).toList());
        assertEquals(List.of(Optional.of("level-2-course"), Optional.of("level-3-course")),
                college.rules().waysIn().stream().map(WayIn::step).toList());

        // "2 or fewer GCSEs … for a level 2 course" asks for no qualification: a student with one GCSE at grade 2
        // meets the route by way of it, and not the level 3 course, whose pathway says so.
        RouteVerdict verdict = EligibilityChecker.check(college, Students.parse("gcse Art 2"));
        assertEquals(Outcome.MEETS, verdict.outcome());
        assertEquals("You meet the usual entry requirements for a level 2 course", verdict.headline());
        assertEquals(Outcome.MEETS, verdict.on(level2).outcome());
        assertEquals(Outcome.NOT_YET, verdict.on(level3).outcome());
        assertEquals("Not yet: for a level 3 course, you need 4 or 5 GCSEs at grades 9 to 4 (A* to C), or equivalent "
                + "(your art and design is grade 2)", verdict.on(level3).summary());
    }

    @Test
    void aWayInThatCannotBeReadIsNotCheckedWhileTheOtherIs() {
        Profile profile = imported("countryside-ranger.txt").profile().orElseThrow();
        EntryRoute university = profile.entryRoutes().route("university").orElseThrow();
        RouteVerdict verdict = EligibilityChecker.check(university, Students.parse("gcse Maths 5; alevel Biology C p"));

        assertEquals(Outcome.NOT_YET, verdict.outcome());
        assertEquals("Not yet: for a degree, you need one more A level; the way in for a foundation degree or higher "
                + "national diploma is not checked by Career Routes", verdict.summary());
        Pathway foundation = profile.routeMap().orElseThrow().pathway("university-foundation-degree").orElseThrow();
        assertEquals(Outcome.NO_RULES, verdict.on(foundation).outcome());
        assertTrue(imported("countryside-ranger.txt").report().text().contains("\u2717 for a foundation degree or higher "
                + "national diploma: not checked, as \u201c1 or 2 A levels, a level 3 diploma or relevant experience for a "
                + "foundation degree or higher national diploma\u201d names a qualification Career Routes cannot check"));
    }

    @Test
    void routeKindsPhrasingsAndBulletsAreAllCovered() throws IOException {
        StringBuilder texts = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (Expected expected : EXPECTED) {
            texts.append(Files.readString(FOLDER.resolve(expected.file()))).append('\n');
            ids.addAll(expected.routes().keySet());
        }
        for (RouteKind kind : RouteKind.values()) {
            if (kind != RouteKind.OTHER) {
                assertTrue(ids.contains(kind.id()), "a route of kind " + kind);
            }
        }
        for (String phrasing : List.of("five GCSEs", "4 or 5 GCSEs", "2 or more GCSEs", "some GCSEs", "2 or fewer GCSEs",
                "grades 9 to 4 (A* to C)", "9 to 3 (A* to D)", "including English and maths",
                "including English, maths and a science", "two sciences", "2 to 3 A levels", "1 or 2 A levels",
                "at least two A levels", "including maths or a science", "including biology", "or equivalent",
                "for a degree", "for a foundation degree or higher national diploma", "for a level 2 course",
                "for a level 3 course", "for an intermediate apprenticeship", "for an advanced apprenticeship",
                "for a higher or degree apprenticeship", "college qualifications like A levels",
                "a degree in a relevant subject", "is preferred", "You could also", "If you do not have")) {
            assertTrue(texts.toString().contains(phrasing), "the test profiles use \u201c" + phrasing + "\u201d");
        }
        for (String bullet : List.of("\n\u2022 ", "\n  \u2022 ", "\n* ", "\n  * ", "\n- ", "\n1. ", "\n1) ")) {
            assertTrue(texts.toString().contains(bullet), "a list written with \u201c" + bullet.strip() + "\u201d");
        }
    }
}
