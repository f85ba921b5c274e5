package org.careerroutes.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shape of the code, checked on the compiled classes: dependencies point one way
 * ({@code app → ui → features → kit / content → model}, kit and content side by side and
 * blind to each other); one feature uses another only along an edge named in
 * {@link #FEATURE_EDGES}, with its reason; no packages depend on each other round a circle; the
 * pure parts know nothing of the screen; the route map knows nothing of qualifications; and views
 * leave the rules to their view models. See docs/decisions/0008-one-way-layers.md and
 * 0024-declared-feature-edges.md.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.careerroutes";

    /** The features: each a package under {@link #ROOT} with its sub-packages (its pure core, its view). */
    static final List<String> FEATURES = List.of("routemap", "eligibility", "compare", "plan", "handout", "kiosk",
            "settings", "search", "export", "pages", "importer.view", "jobs");

    /**
     * One feature may use another only along these edges, each with its reason. Both ends are
     * exact packages under {@link #ROOT} ({@code handout.view} is not {@code handout}), so a
     * feature reaching into another's view, or a core into a view, needs a row of its own. A row
     * the code no longer uses fails as well, so the table is always what the code does (jdeps
     * shows the same); the README's layout section lists the same rows. A new edge is one row.
     */
    static final List<FeatureEdge> FEATURE_EDGES = List.of(
            edge("compare", "eligibility", "a route's column carries the student's verdict on its entry route"),
            edge("compare.view", "eligibility", "Compare routes shows those verdicts, from the qualifications entered"),
            edge("handout", "compare", "the handout lists the routes compared, with their times, pay and timelines"),
            edge("handout", "eligibility", "the handout gives the student's verdicts"),
            edge("handout", "jobs", "the handout lists the shortlisted jobs, each with its ways in and the student's verdicts"),
            edge("handout", "plan", "the handout is the student's plan on paper: pathway, marks, notes"),
            edge("handout", "routemap.layout", "the PDF's map is drawn with the route map's own layered layout (pure)"),
            edge("handout.view", "compare", "what was compared, handed to the handout"),
            edge("handout.view", "jobs", "the handout's source gives the shortlisted jobs to list"),
            edge("handout.view", "plan", "the handout's actions are the plan's TakeHome"),
            edge("jobs", "eligibility", "on track for me: each job's routes checked against the qualifications entered"),
            edge("jobs.view", "eligibility", "the Jobs page's verdicts come from the qualifications in the student's record"),
            edge("jobs.view", "plan", "the shortlist and the qualifications are the student's record, kept with the plan"),
            edge("plan", "eligibility", "a plan keeps the qualifications entered in Am I on track?"),
            edge("plan.view", "eligibility", "My plan shows the qualifications entered and their verdicts"),
            edge("routemap", "export", "the map is saved as a PNG through the export's writer"));

    /** An allowed dependency of one feature's package on another's; {@code why} is for the reader. */
    record FeatureEdge(String from, String to, String why) {
    }

    private static FeatureEdge edge(String from, String to, String why) {
        return new FeatureEdge(from, to, why);
    }

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy(ROOT + ".app..")
            .layer("Ui").definedBy(ROOT + ".ui..")
            .layer("Features").definedBy(FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
            .layer("Kit").definedBy(ROOT + ".kit..")
            .layer("Files").definedBy(ROOT + ".files..")
            // The importer sits beside content: it reads text into the model and writes through content's writer.
            .layer("Content").definedBy(ROOT + ".content..", ROOT + ".importer")
            .layer("Model").definedBy(ROOT + ".model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Kit").mayOnlyBeAccessedByLayers("Features", "Ui", "App")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Features", "Ui", "App")
            .whereLayer("Content").mayOnlyBeAccessedByLayers("Features", "Ui", "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Content", "Kit", "Features", "Ui", "App");

    @ArchTest
    static final ArchRule featuresUseEachOtherOnlyAlongTheTable = classes()
            .that().resideInAnyPackage(FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
            .should(useOtherFeaturesOnlyAlongTheTable());

    /** Every row of the table is a dependency the code has: an edge no longer used is taken out. */
    @ArchTest
    static void everyEdgeInTheTableIsUsed(JavaClasses all) {
        Set<String> used = featureEdgesIn(all);
        List<String> unused = FEATURE_EDGES.stream().map(ArchitectureTest::key).filter(e -> !used.contains(e)).toList();
        assertEquals(List.of(), unused, "rows of FEATURE_EDGES that no class uses any more: take them out");
    }

    /** The README's layout section lists the same feature edges as the table, no more, no fewer. */
    @ArchTest
    static void theReadmeListsTheSameFeatureEdges(JavaClasses all) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher section = Pattern.compile("<!-- feature-edges:begin -->(.*?)<!-- feature-edges:end -->", Pattern.DOTALL)
                .matcher(readme);
        if (!section.find()) {
            throw new AssertionError("README.md has no feature-edges section between its markers");
        }
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("`([a-z.]+)` \u2192 `([a-z.]+)`").matcher(section.group(1));
        while (row.find()) {
            listed.add(row.group(1) + " -> " + row.group(2));
        }
        Set<String> table = FEATURE_EDGES.stream().map(ArchitectureTest::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(table, listed, "README.md's feature edges against ArchitectureTest.FEATURE_EDGES");
    }

    /** Every package on its own, route-map layout included. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule pureCoresKnowNothingOfTheScreen = noClasses()
            .that().resideInAnyPackage(ROOT + ".model..", ROOT + ".content..", ROOT + ".routemap.layout..",
                    ROOT + ".search..", ROOT + ".settings..", ROOT + ".plan", ROOT + ".handout", ROOT + ".compare",
                    ROOT + ".kiosk.insights", ROOT + ".importer", ROOT + ".files..", ROOT + ".jobs")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");

    /** The route map shows marks it is given (ui.VerdictMarks makes them); nothing it uses reaches the checker. */
    @ArchTest
    static final ArchRule theRouteMapKnowsNothingOfQualifications = noClasses()
            .that().resideInAPackage(ROOT + ".routemap..")
            .should().transitivelyDependOnClassesThat().resideInAPackage(ROOT + ".eligibility..");

    /**
     * Views bind and decide nothing: no view works out a verdict, a comparison or a timeline
     * itself; its view model does, and the view shows what it says.
     */
    @ArchTest
    static final ArchRule viewsLeaveTheRulesToTheirModels = noClasses()
            .that(areViews())
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".eligibility.EligibilityChecker")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".compare.Comparisons")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".compare.Timelines");

    @ArchTest
    static final ArchRule modelDoesNotKnowTheFileFormat = noClasses()
            .that().resideInAPackage(ROOT + ".model..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..");

    @ArchTest
    static final ArchRule onlyTheLauncherEndsTheProcess = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + ".app.Launcher")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class);

    /** A view: a class named …View or …Page, or one in a view package that is not a view model. */
    private static DescribedPredicate<JavaClass> areViews() {
        return DescribedPredicate.describe("are views", c -> {
            String name = c.getSimpleName();
            boolean named = name.endsWith("View") || name.endsWith("Page");
            return (named || c.getPackageName().endsWith(".view")) && !name.endsWith("Model");
        });
    }

    private static ArchCondition<JavaClass> useOtherFeaturesOnlyAlongTheTable() {
        return new ArchCondition<>("use another feature only along an edge in ArchitectureTest.FEATURE_EDGES") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Set<String> allowed = FEATURE_EDGES.stream().map(ArchitectureTest::key).collect(Collectors.toSet());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    edgeOf(dependency).filter(edge -> !allowed.contains(edge)).ifPresent(edge -> events.add(
                            SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                    + ": the edge " + edge + " is not in FEATURE_EDGES")));
                }
            }
        };
    }

    /** Every feature-to-feature edge the classes have, as "from -> to". */
    private static Set<String> featureEdgesIn(JavaClasses all) {
        Set<String> edges = new TreeSet<>();
        for (JavaClass each : all) {
            each.getDirectDependenciesFromSelf().forEach(d -> edgeOf(d).ifPresent(edges::add));
        }
        return edges;
    }

    /** The edge a dependency makes between two features' packages, if it goes from one feature to another. */
    private static Optional<String> edgeOf(Dependency dependency) {
        String from = relative(dependency.getOriginClass().getPackageName());
        String to = relative(dependency.getTargetClass().getBaseComponentType().getPackageName());
        if (from == null || to == null || feature(from).isEmpty() || feature(to).isEmpty()
                || feature(from).equals(feature(to))) {
            return Optional.empty();
        }
        return Optional.of(from + " -> " + to);
    }

    /** A package's name under the root ("handout.view"), or null outside it. */
    private static String relative(String packageName) {
        return packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1) : null;
    }

    /** The feature a package belongs to ("handout" for "handout.view"), or "" when it is not a feature's. */
    private static String feature(String relativePackage) {
        String top = Arrays.asList(relativePackage.split("\\.")).get(0);
        return FEATURES.contains(top) ? top : "";
    }

    private static String key(FeatureEdge edge) {
        return edge.from() + " -> " + edge.to();
    }
}
