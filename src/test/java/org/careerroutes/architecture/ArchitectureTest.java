package org.careerroutes.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, checked on the compiled classes: dependencies point one way
 * ({@code app → ui → features → kit / content → model}, kit and content side by side and
 * blind to each other), no packages depend on each other round a circle, and the pure parts know
 * nothing of the screen. See docs/decisions/0008-one-way-layers.md.
 */
@AnalyzeClasses(packages = "org.careerroutes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"org.careerroutes.routemap..", "org.careerroutes.eligibility..",
            "org.careerroutes.kiosk..", "org.careerroutes.settings..", "org.careerroutes.search..",
            "org.careerroutes.export..", "org.careerroutes.pages..", "org.careerroutes.plan..",
            "org.careerroutes.handout..", "org.careerroutes.compare..", "org.careerroutes.importer.view.."};

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.careerroutes.app..")
            .layer("Ui").definedBy("org.careerroutes.ui..")
            .layer("Features").definedBy(FEATURES)
            .layer("Kit").definedBy("org.careerroutes.kit..")
            .layer("Files").definedBy("org.careerroutes.files..")
            // The importer sits beside content: it reads text into the model and writes through content's writer.
            .layer("Content").definedBy("org.careerroutes.content..", "org.careerroutes.importer")
            .layer("Model").definedBy("org.careerroutes.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Kit").mayOnlyBeAccessedByLayers("Features", "Ui", "App")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Features", "Ui", "App")
            .whereLayer("Content").mayOnlyBeAccessedByLayers("Features", "Ui", "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Content", "Kit", "Features", "Ui", "App");

    /** Every package on its own, route-map layout included. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.careerroutes.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule pureCoresKnowNothingOfTheScreen = noClasses()
            .that().resideInAnyPackage("org.careerroutes.model..", "org.careerroutes.content..",
                    "org.careerroutes.routemap.layout..", "org.careerroutes.search..", "org.careerroutes.settings..",
                    "org.careerroutes.plan", "org.careerroutes.handout", "org.careerroutes.compare",
                    "org.careerroutes.kiosk.insights", "org.careerroutes.importer", "org.careerroutes.files..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule modelDoesNotKnowTheFileFormat = noClasses()
            .that().resideInAPackage("org.careerroutes.model..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..");

    @ArchTest
    static final ArchRule onlyTheLauncherEndsTheProcess = noClasses()
            .that().doNotHaveFullyQualifiedName("org.careerroutes.app.Launcher")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class);
}
