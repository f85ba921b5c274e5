package org.careerroutes.routemap;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.MapEdge;
import org.careerroutes.model.RouteMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The route map's rules, without a stage: routes through a step, descriptions, timelines, highlights. */
class RouteMapCoreTest {

    private final RouteMap map = ProfileLoader.loadBuiltIn().profile().orElseThrow().routeMap().orElseThrow();
    private final RouteGraph graph = new RouteGraph(map);

    @Test
    void theRoutesThroughTheStpRunFromSchoolToSeniorRolesAndLeaveOtherTrainingOut() {
        Set<String> steps = graph.stepsOnRoutesThrough("stp");
        assertTrue(steps.containsAll(List.of("gcses", "a-levels", "degree", "hospital-experience", "stp", "hcpc",
                "clinical-engineer", "consultant", "management", "teaching", "medical-research")));
        assertFalse(steps.contains("ptp"));
        assertFalse(steps.contains("degree-apprenticeship"));
        assertFalse(steps.contains("private-sector"), "a sibling of the STP is not on a route through it");
        assertFalse(steps.contains("chartered"));
    }

    @Test
    void theEdgesThroughAStepDoNotIncludeEdgesOfSiblingRoutes() {
        Set<MapEdge> edges = graph.edgesOnRoutesThrough("stp");
        assertTrue(edges.contains(new MapEdge("degree", "stp", false)));
        assertTrue(edges.contains(new MapEdge("hcpc", "clinical-engineer", false)));
        assertFalse(edges.contains(new MapEdge("degree", "private-sector", false)));
        assertFalse(edges.contains(new MapEdge("ptp", "hcpc", false)), "leads into HCPC, but not through the STP");
    }

    @Test
    void accessibleTextNamesTheStepNumberOnAChosenPathway() {
        var pathway = map.pathway("degree-stp");
        assertEquals("Step 4 of 6: NHS Scientist Training Programme (STP), 3 years",
                StepDescriptions.accessibleText(map, map.node("stp").orElseThrow(), pathway));
        assertEquals("NHS Scientist Training Programme (STP). Training, Study and training stage, 3 years",
                StepDescriptions.accessibleText(map, map.node("stp").orElseThrow(), Optional.empty()));
        assertEquals("NHS Practitioner Training Programme (PTP). Training, Study and training stage, 3 years",
                StepDescriptions.accessibleText(map, map.node("ptp").orElseThrow(), pathway),
                "a step off the chosen pathway is described without a number");
    }

    @Test
    void timelinesAddUpTheKnownLengthsAndSayWhatIsLeftOut() {
        assertEquals("About 8 years, adding up the usual length of each step",
                StepDescriptions.timeline(map, map.pathway("degree-stp").orElseThrow()).describe());
        assertEquals("About 5 years, adding up the usual length of each step",
                StepDescriptions.timeline(map, map.pathway("apprenticeship").orElseThrow()).describe());
        assertEquals("About 5 years, adding up the usual length of each step; not counted, as it has no usual "
                        + "length: Work in the private sector",
                StepDescriptions.timeline(map, map.pathway("private-sector").orElseThrow()).describe());
        assertEquals("About 1 year and 6 months, adding up the usual length of each step",
                new StepDescriptions.Timeline(18, List.of()).describe());
        assertEquals("No usual length is known for these steps",
                new StepDescriptions.Timeline(0, List.of("Work")).describe());
    }

    @Test
    void theViewModelHighlightsAChosenPathwayOverASelectedStep() {
        RouteMapViewModel model = new RouteMapViewModel(map);
        assertTrue(model.highlightProperty().get().isEmpty());

        model.select("ptp");
        assertTrue(model.highlightProperty().get().steps().contains("ptp"));
        assertFalse(model.highlightProperty().get().steps().contains("stp"));

        model.choosePathway("degree-stp");
        assertEquals(Set.copyOf(map.pathway("degree-stp").orElseThrow().steps()), model.highlightProperty().get().steps());
        assertEquals(5, model.highlightProperty().get().edges().size());
        assertEquals(4, model.stepNumber("stp").getAsInt());
        assertTrue(model.stepNumber("ptp").isEmpty());

        model.choosePathway(null);
        assertTrue(model.highlightProperty().get().steps().contains("ptp"), "back to the routes through the selected step");
    }

    @Test
    void resetForgetsEverything() {
        RouteMapViewModel model = new RouteMapViewModel(map);
        model.open("hcpc");
        model.choosePathway("ptp");
        model.listViewProperty().set(true);

        model.reset();

        assertEquals(null, model.selectedStepProperty().get());
        assertTrue(model.chosenPathway().isEmpty());
        assertFalse(model.detailOpenProperty().get());
        assertFalse(model.listViewProperty().get());
        assertTrue(model.highlightProperty().get().isEmpty());
    }

    @Test
    void theListViewNamesWhatHelpsAlongAPathway() {
        assertEquals(List.of("Voluntary work in a hospital"),
                PathwayListView.helpsAlong(map, map.pathway("degree-stp").orElseThrow()));
        assertEquals(List.of(), PathwayListView.helpsAlong(map, map.pathway("ptp").orElseThrow()));
    }
}
