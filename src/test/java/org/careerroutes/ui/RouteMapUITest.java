package org.careerroutes.ui;

import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.careerroutes.routemap.MapCanvas;
import org.careerroutes.routemap.StepView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteMapUITest extends AppUITestBase {

    private MapCanvas canvas;

    @BeforeEach
    void openTheMap() throws TimeoutException {
        launch();
        clickOn(lookup(".tab").match(t -> "tab-route-map".equals(t.getId())).queryAs(Node.class));
        canvas = lookup("#map-canvas").queryAs(MapCanvas.class);
    }

    /** A step, brought into view first (the map opens on the start of the journey and pans). */
    private StepView step(String id) {
        StepView step = lookup("#step-" + id).queryAs(StepView.class);
        interact(() -> canvas.reveal(step));
        return step;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass));
    }

    private Set<StepView> allSteps() {
        return lookup(".map-step").queryAllAs(StepView.class);
    }

    @Test
    void theMapOpensReadableOnTheStartOfTheJourneyAndFitShowsItAll() {
        Bounds view = canvas.localToScene(canvas.getBoundsInLocal());
        assertEquals(15, allSteps().size());
        Bounds start = step("gcses").localToScene(step("gcses").getBoundsInLocal());
        assertTrue(view.contains(start), "the journey's first step is in view: " + start + " in " + view);
        assertTrue(canvas.zoom() >= canvas.fitZoom(), "never smaller than the whole map fitted");
        assertTrue(canvas.zoom() * 15 >= 12, "titles readable: zoom " + canvas.zoom());

        clickOn("#zoom-fit");
        view = canvas.localToScene(canvas.getBoundsInLocal());
        for (StepView s : allSteps()) {
            Bounds b = s.localToScene(s.getBoundsInLocal());
            assertTrue(view.contains(b), s.getId() + " is inside the map window after Fit: " + b + " in " + view);
        }
        assertEquals(6, lookup(".stage-title").queryAll().size());
    }

    @Test
    void theZoomIsKeptWithinTheVisitWhenTheStudentLeavesTheTabAndComesBack() {
        clickOn("#zoom-in");
        double zoomed = canvas.zoom();
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(0));
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tab-route-map".equals(t.getId())).findFirst().orElseThrow()));
        assertEquals(zoomed, canvas.zoom(), 1e-9);
    }

    @Test
    void theHintGoesOnceAStepIsSelected() {
        assertTrue(lookup("#map-hint").query().isVisible());
        clickOn(step("gcses"));
        assertFalse(lookup("#map-hint").query().isVisible(), "done with: a step is selected");
        type(KeyCode.ESCAPE);   // the details close
        type(KeyCode.ESCAPE);   // and the step is no longer selected
        assertFalse(lookup("#map-hint").query().isVisible(), "the hint does not come back");
    }

    @Test
    void theDetailsFloatOverTheMapWithoutShrinkingIt() {
        double width = canvas.getWidth();
        double zoom = canvas.zoom();
        clickOn(step("a-levels"));
        assertEquals(width, canvas.getWidth(), 0.5, "the map keeps its size");
        assertEquals(zoom, canvas.zoom(), 1e-9, "and its zoom");
        Node panel = lookup("#step-detail").query();
        Bounds p = panel.localToScene(panel.getBoundsInLocal());
        Bounds s = step("a-levels").localToScene(step("a-levels").getBoundsInLocal());
        assertFalse(p.intersects(s), "the step stays in view beside the panel");
    }

    @Test
    void theDetailsCloseButtonShowsItsCrossAndTheSubtitleSaysEachThingOnce() {
        clickOn(step("hospital-experience"));
        javafx.scene.control.Button close = lookup("#close-detail").queryAs(javafx.scene.control.Button.class);
        interact(() -> stage.getScene().getRoot().layout());
        String shown = from(close).lookup(".text").queryAs(javafx.scene.text.Text.class).getText();
        assertEquals("\u00d7", shown, "the \u00d7 is drawn whole, not cut to an ellipsis");
        assertEquals("Experience", lookup("#detail-subtitle").queryAs(javafx.scene.control.Label.class).getText());
        type(KeyCode.ESCAPE);
        clickOn(step("stp"));
        assertEquals("Training \u00b7 Study and training",
                lookup("#detail-subtitle").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void aStepIsMarkedAndNotedInMyPlanFromItsDetails() {
        clickOn(step("a-levels"));
        clickOn("#plan-done");
        assertEquals("\u2611 Done", step("a-levels").planMarkShown(), "the mark is on the step, in a symbol and a word");
        assertTrue(step("a-levels").getAccessibleText().contains("My plan: Done"), step("a-levels").getAccessibleText());
        assertTrue(allText(lookup("#detail-plan").query()).contains("In my plan: \u2611 Done"));

        clickOn("#plan-step-note");
        write("Ask about physics");
        assertTrue(step("a-levels").getAccessibleText().contains("My note: Ask about physics"),
                step("a-levels").getAccessibleText());
        org.careerroutes.routemap.RouteMapViewModel window = lookup("#page-route-map").queryAs(org.careerroutes.routemap.RouteMapView.class).model();
        assertEquals(java.util.Optional.of("Ask about physics"), window.plan().noteOn("a-levels"), "kept in the plan");
        assertEquals(java.util.Optional.of("done"), window.plan().markOn("a-levels").map(m -> m.key()));

        clickOn("#key-toggle");
        assertTrue(lookup("#legend-plan-done").query().isVisible(), "the key explains the plan's marks");

        clickOn("#plan-done");
        assertEquals("", step("a-levels").planMarkShown(), "choosing the same mark again clears it");
        clickOn("#plan-not-for-me");
        assertEquals("\u2298 Not for me", step("a-levels").planMarkShown());
    }

    @Test
    void aChosenPathwayCanBeMadeMyPathway() {
        clickOn("#pathway-chooser");
        clickOn("Degree apprenticeship");
        javafx.scene.control.Button mine = lookup("#make-my-pathway").queryAs(javafx.scene.control.Button.class);
        assertEquals("\u2606 Make this my pathway", mine.getText());
        clickOn(mine);
        assertEquals("\u2605 My pathway", mine.getText());
        org.careerroutes.routemap.RouteMapViewModel window = lookup("#page-route-map").queryAs(org.careerroutes.routemap.RouteMapView.class).model();
        assertEquals(java.util.Optional.of("apprenticeship"), window.plan().myPathway().getValue());
        Bounds view = canvas.localToScene(canvas.getBoundsInLocal());
        Bounds first = step("gcses").localToScene(step("gcses").getBoundsInLocal());
        assertTrue(view.contains(first), "the pathway's steps are brought into view");
    }

    @Test
    void clickingAStepShowsItsDetailsAndHighlightsTheRoutesThroughIt() {
        clickOn(step("stp"));

        String detail = allText(lookup("#step-detail").query());
        assertTrue(detail.contains("NHS Scientist Training Programme (STP)"));
        assertTrue(detail.contains("How long: 3 years"));
        assertTrue(detail.contains("After your degree, you can apply for the postgraduate NHS Scientist Training Programme (STP)."));
        assertTrue(detail.contains("five GCSEs at grades 9 to 4 (A* to C) including two sciences"), "entry requirements");
        assertTrue(detail.contains("Source: National School of Healthcare Science"), "a fact with its source");
        assertTrue(detail.contains("Degree, then the NHS Scientist Training Programme"), "pathways through it");

        assertTrue(has(step("stp"), "selected"));
        assertTrue(has(step("degree"), "on-path"));
        assertTrue(has(step("consultant"), "on-path"));
        assertTrue(has(step("ptp"), "dimmed"));
        assertTrue(has(lookup("#edge-degree-stp").query(), "on-path"));
        assertTrue(has(lookup("#edge-ptp-hcpc").query(), "dimmed"));
    }

    @Test
    void readMoreJumpsToTheMatchingSectionOfTheProfile() {
        clickOn(step("ptp"));
        clickOn("#detail-read-more");
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        assertEquals("How to become one", tabs.getSelectionModel().getSelectedItem().getText());
        javafx.scene.control.ScrollPane page = lookup("#page-routes").queryAs(javafx.scene.control.ScrollPane.class);
        assertTrue(page.getVvalue() > 0.3, "scrolled to the PTP card: " + page.getVvalue());
    }

    @Test
    void readMoreToASectionPutsFocusInThatSection() {
        clickOn(step("clinical-engineer"));
        clickOn("#detail-read-more");
        TabPane tabs = lookup("#profile-tabs").queryAs(TabPane.class);
        assertEquals("What you'll do", tabs.getSelectionModel().getSelectedItem().getText());
        Node focus = stage.getScene().getFocusOwner();
        Node page = lookup("#page-duties").query();
        boolean inside = false;
        for (Node n = focus; n != null; n = n.getParent()) {
            inside |= n == page;
        }
        assertTrue(inside, "focus is in the duties page, not on a hidden button: " + focus);
    }

    @Test
    void plusAndMinusZoomWhereverFocusIsOnTheMapTab() {
        double fitted = canvas.zoom();
        Node fit = lookup("#zoom-fit").query();
        interact(fit::requestFocus);
        type(KeyCode.ADD);
        assertEquals(fitted * 1.25, canvas.zoom(), 1e-6);
        type(KeyCode.SUBTRACT);
        assertEquals(fitted, canvas.zoom(), 1e-6);
    }

    @Test
    void escapeClosesTheDetailsAndTheCloseButtonDoesToo() {
        clickOn(step("hcpc"));
        assertTrue(lookup("#step-detail").tryQuery().isPresent());
        type(KeyCode.ESCAPE);
        assertFalse(lookup("#step-detail").tryQuery().isPresent());
        assertTrue(step("hcpc").isFocused(), "focus goes back to the step");

        clickOn(step("teaching"));
        clickOn("#close-detail");
        assertFalse(lookup("#step-detail").tryQuery().isPresent());
    }

    @Test
    void choosingAPathwayNumbersItsStepsInOrderAndShowsThemAsABreadcrumb() {
        clickOn("#pathway-chooser");
        clickOn("Degree apprenticeship");

        assertEquals("1", step("gcses").numberShown());
        assertEquals("2", step("a-levels").numberShown());
        assertEquals("3", step("degree-apprenticeship").numberShown());
        assertEquals("4", step("hcpc").numberShown());
        assertEquals("5", step("clinical-engineer").numberShown());
        assertEquals("", step("stp").numberShown());
        assertTrue(has(step("stp"), "dimmed"));
        assertTrue(has(step("degree-apprenticeship"), "on-path"));

        Node crumbs = lookup("#pathway-crumbs").query();
        assertTrue(crumbs.isVisible());
        String crumbText = allText(crumbs);
        for (String title : new String[] {"GCSEs", "A levels or college qualifications",
                "Healthcare science practitioner degree apprenticeship", "Register with the HCPC", "Clinical engineer"}) {
            assertTrue(crumbText.contains(title), "breadcrumb shows " + title + ": " + crumbText);
        }
        assertTrue(crumbText.indexOf("GCSEs") < crumbText.indexOf("Register with the HCPC"), "in order");
        assertEquals("Step 3 of 5: Healthcare science practitioner degree apprenticeship, about 36 months",
                step("degree-apprenticeship").getAccessibleText());
        assertTrue(allText(lookup("#pathway-timeline").query()).contains("About 5 years"));

        Node crumb = lookup("#crumb-hcpc").query();
        interact(crumb::requestFocus);   // the crumb, scrolled into view along its bar
        type(KeyCode.SPACE);
        assertTrue(allText(lookup("#step-detail").query()).contains("Register with the HCPC"));
    }

    @Test
    void everyStepCanBeReachedWithTheKeyboardAlone() {
        ComboBox<?> chooser = lookup("#pathway-chooser").queryAs(ComboBox.class);
        interact(chooser::requestFocus);
        for (int presses = 0; presses < 8 && !(stage.getScene().getFocusOwner() instanceof StepView); presses++) {
            type(KeyCode.TAB);
        }
        Node focused = stage.getScene().getFocusOwner();
        assertTrue(focused instanceof StepView, "Tab from the pathway list, past the toolbar, reaches the map: " + focused);
        assertEquals("step-gcses", focused.getId(), "the map starts at its first step");

        Set<String> visited = new LinkedHashSet<>();
        visited.add(focused.getId());
        boolean moved = true;
        while (moved) {
            for (KeyCode direction : new KeyCode[] {KeyCode.UP, KeyCode.DOWN}) {
                String before;
                do {
                    before = stage.getScene().getFocusOwner().getId();
                    type(direction);
                    visited.add(stage.getScene().getFocusOwner().getId());
                } while (!before.equals(stage.getScene().getFocusOwner().getId()));
            }
            String before = stage.getScene().getFocusOwner().getId();
            type(KeyCode.RIGHT);
            moved = !before.equals(stage.getScene().getFocusOwner().getId());
            visited.add(stage.getScene().getFocusOwner().getId());
        }
        Set<String> all = new LinkedHashSet<>();
        allSteps().forEach(s -> all.add(s.getId()));
        assertEquals(all, visited);

        type(KeyCode.ENTER);
        String last = stage.getScene().getFocusOwner().getId();
        assertTrue(lookup("#step-detail").tryQuery().isPresent(), "Enter opens the details");
        type(KeyCode.ESCAPE);
        assertFalse(lookup("#step-detail").tryQuery().isPresent(), "Escape closes them");
        assertTrue(stage.getScene().getFocusOwner() instanceof StepView);
        assertNotEquals("", last);
    }

    @Test
    void noStepOutgrowsItsPlaceInAnyState() {
        clickOn("#pathway-chooser");
        clickOn("Degree, then the NHS Scientist Training Programme");
        clickOn(step("stp"));
        type(KeyCode.ESCAPE);
        for (StepView s : allSteps()) {
            interact(() -> s.applyCss());
            assertTrue(s.prefHeight(StepView.WIDTH) <= s.getHeight() + 0.5,
                    s.getId() + " needs " + s.prefHeight(StepView.WIDTH) + " but has " + s.getHeight());
        }
    }

    @Test
    void eachStepExposesItsTextToScreenReaders() {
        Object text = step("stp").queryAccessibleAttribute(AccessibleAttribute.TEXT);
        assertEquals("NHS Scientist Training Programme (STP). Training, Study and training stage, 3 years", text);
        assertEquals(javafx.scene.AccessibleRole.BUTTON, step("stp").getAccessibleRole());
    }

    @Test
    void zoomButtonsCtrlScrollAndFit() {
        double fitted = canvas.zoom();
        clickOn("#zoom-in");
        assertEquals(fitted * 1.25, canvas.zoom(), 1e-6);
        clickOn("#zoom-out");
        clickOn("#zoom-out");
        assertEquals(fitted / 1.25, canvas.zoom(), 1e-6);

        moveTo(canvas);
        press(KeyCode.CONTROL);
        scroll(3, javafx.geometry.VerticalDirection.UP);
        release(KeyCode.CONTROL);
        assertNotEquals(fitted / 1.25, canvas.zoom(), 1e-6, "Ctrl+scroll zooms");

        clickOn("#zoom-fit");
        assertEquals(canvas.fitZoom(), canvas.zoom(), 1e-6, "Fit shows the whole map");
        assertTrue(canvas.isFitted());
    }

    @Test
    void aPinchZoomsAndATouchScrollPans() {
        double fitted = canvas.zoom();
        javafx.geometry.Bounds b = canvas.localToScene(canvas.getBoundsInLocal());
        double x = b.getCenterX();
        double y = b.getCenterY();
        interact(() -> canvas.fireEvent(new javafx.scene.input.ZoomEvent(javafx.scene.input.ZoomEvent.ZOOM,
                x, y, x, y, false, false, false, false, true, false, 1.5, 1.5, null)));
        assertEquals(fitted * 1.5, canvas.zoom(), 1e-6, "pinching out zooms in");

        double before = canvas.offsetX();
        interact(() -> canvas.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                x, y, x, y, false, false, false, false, true, false, -60, 0, -60, 0,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 1, null)));
        assertEquals(before - 60, canvas.offsetX(), 1.0, "a one-finger swipe pans");
    }

    @Test
    void draggingTheBackgroundPansTheMap() {
        clickOn("#zoom-in");
        double x = canvas.offsetX();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        drag(b.getMinX() + 20, b.getMinY() + 20, MouseButton.PRIMARY).moveBy(120, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x + 120, canvas.offsetX(), 2.0);
    }

    @Test
    void theListViewNamesTheChosenPathwayAndItsButtonGoesBackToTheMap() {
        clickOn("#pathway-chooser");
        clickOn("Degree apprenticeship");
        clickOn("#list-toggle");
        assertEquals("Degree apprenticeship, step by step",
                lookup("#map-list-heading").queryAs(javafx.scene.control.Label.class).getText());
        javafx.scene.control.ToggleButton toggle = lookup("#list-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals("Map view", toggle.getText());
        clickOn(toggle);
        assertEquals("List view", toggle.getText());
        assertTrue(lookup("#map-canvas").query().isVisible());
    }

    @Test
    void theListViewShowsEveryPathwayAsOrderedText() {
        clickOn("#list-toggle");
        Node list = lookup("#map-list").query();
        assertTrue(list.isVisible());
        String text = allText(list);
        assertTrue(text.contains("Degree, then the NHS Scientist Training Programme"));
        assertTrue(text.contains("Step 1 of 6: GCSEs"));
        assertTrue(text.contains("Step 4 of 6: NHS Scientist Training Programme (STP), 3 years"));
        assertTrue(text.contains("Helps along the way: Voluntary work in a hospital"));
        assertTrue(text.contains("Then, with experience: Consultant in a clinical specialism, Management, Teaching, Medical research"));
        assertTrue(text.indexOf("Step 1 of 6: GCSEs") < text.indexOf("Step 2 of 6"));
        clickOn("#list-toggle");
        assertTrue(lookup("#map-canvas").query().isVisible());
    }

    @Test
    void theLegendExplainsEveryKindAndLineStyle() {
        assertFalse(lookup("#map-legend").query().isVisible(), "the key starts folded, so the map has the room");
        clickOn("#key-toggle");
        String legend = allText(lookup("#map-legend").query());
        for (String word : new String[] {"Qualification", "Experience", "Training", "Job", "Registration", "The job",
                "Senior role", "Next step", "Helps, but not required (dashed)", "On the chosen route (thick)",
                "Step number on the chosen pathway", "Faded: not on the chosen route"}) {
            assertTrue(legend.contains(word), "legend explains " + word);
        }
        assertEquals(7, lookup("#map-legend .kind-icon").queryAll().size(), "an icon per kind, not colour alone");
        clickOn("#key-toggle");
        assertFalse(lookup("#map-legend").query().isVisible(), "and folds away again");
    }

    @Test
    void theDetailsMyPlanAndTheKeyWorkByKeyboardAlone() {
        Node gcses = step("gcses");
        interact(gcses::requestFocus);
        type(KeyCode.ENTER);
        assertTrue(lookup("#close-detail").query().isFocused(), "Enter opens the details with focus on Close");
        Node done = lookup("#plan-done").query();
        for (int presses = 0; presses < 10 && !done.isFocused(); presses++) {
            type(KeyCode.TAB);
        }
        assertTrue(done.isFocused(), "Tab reaches the plan's choices");
        type(KeyCode.SPACE);
        assertEquals("\u2611 Done", step("gcses").planMarkShown());
        javafx.scene.control.TextArea note = lookup("#plan-step-note").queryAs(javafx.scene.control.TextArea.class);
        for (int presses = 0; presses < 6 && !note.isFocused(); presses++) {
            type(KeyCode.TAB);
        }
        assertTrue(note.isFocused(), "Tab reaches the note");
        write("Maths");
        type(KeyCode.TAB);
        assertFalse(note.isFocused(), "Tab moves on from the note");
        assertTrue(isInside(stage.getScene().getFocusOwner(), lookup("#step-detail").query()),
                "to the panel's next control, not another tab: " + stage.getScene().getFocusOwner());
        assertEquals("Maths", note.getText(), "without typing a tab into it");
        interact(note::requestFocus);
        assertTrue(note.isFocused(), "back in the note");
        type(KeyCode.ESCAPE);
        assertFalse(lookup("#step-detail").tryQuery().isPresent(), "Escape closes the floating details: "
                + stage.getScene().getFocusOwner());
        assertTrue(gcses.isFocused(), "and focus goes back to the step");

        Node key = lookup("#key-toggle").query();
        interact(key::requestFocus);
        type(KeyCode.SPACE);
        assertTrue(lookup("#map-legend").query().isVisible(), "the key unfolds from the keyboard");
        assertTrue(lookup("#legend-plan-done").query().isVisible(), "with the plan's marks, as the map has one");
    }
}
