package org.careerroutes.jobs.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.PackReading;
import org.careerroutes.jobs.TestPack;
import org.careerroutes.kit.Background;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the keyboard goes on the Jobs page when what it was on hides itself or is disabled ("Show
 * more", "Clear all filters", Clear all, a job that could not be opened), and Down on the last row
 * of cards. The page alone on a stage, as a keyboard user meets it.
 */
class JobsPageFocusUITest extends JobsViewUITestBase {

    @TempDir
    Path dir;

    private JobsViewStage shown;

    private JobsViewStage page(Background background) {
        shown = new JobsViewStage(background);
        return shown;
    }

    private static BorderPane jobsPage(JobsViewModel model) {
        return new BorderPane(JobsPage.create(model, Optional.empty(), Optional.empty()).node());
    }

    private void key(KeyCode code) {
        type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every owner the keyboard has from now on, "(nothing)" while no control has it. */
    private List<String> followFocus() {
        List<String> owners = new ArrayList<>();
        interact(() -> shown.stage.getScene().focusOwnerProperty().addListener((obs, old, now) ->
                owners.add(now == null ? "(nothing)" : String.valueOf(now.getId()))));
        return owners;
    }

    private void assertInView(Node node) {
        ScrollPane scroll = node("jobs-card-scroll", ScrollPane.class);
        Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds at = node.localToScene(node.getBoundsInLocal());
        assertTrue(at.getMinY() >= view.getMinY() - 1 && at.getMaxY() <= view.getMaxY() + 1,
                node.getId() + " is scrolled into view: " + at + " in " + view);
    }

    @Test
    void showMoreTakesTheKeyboardToTheFirstCardItShowsEvenAsItHidesItself() throws TimeoutException {
        page(Background.sameThread());
        shown.pack.set(JobPack.of(JobsViewModelTest.manyProfiles(60)));
        shown.show(JobsPageFocusUITest::jobsPage);
        String firstNew = shown.model.selectionProperty().get().jobs().get(JobsViewModel.PAGE).id();
        press("jobs-more");
        assertEquals(60, shown.model.cards().size());
        assertFalse(node("jobs-more", Node.class).isVisible(), "the last page: the button has gone");
        assertEquals("job-open-" + firstNew, shown.focusOwnerId(), "the first card newly shown");
        assertInView(shown.focusOwner());
    }

    @Test
    void clearAllFiltersWhenNothingMatchesPutsTheKeyboardInTheSearch() throws TimeoutException {
        page(Background.sameThread()).show(JobsPageFocusUITest::jobsPage);
        press("jobs-filter-way-apprenticeship");
        interact(() -> node("jobs-search", TextField.class).setText("pilot"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No job matches \u201cpilot\u201d with these filters", shown.model.nothingFoundProperty().get());
        List<String> owners = followFocus();
        press("jobs-nothing-clear-filters");
        assertEquals("1 of 32 jobs", shown.model.countProperty().get());
        assertFalse(node("jobs-nothing-clear-filters", Node.class).isVisible());
        assertEquals(List.of("jobs-nothing-clear-filters", "jobs-search"), owners, "straight to the search, the keyboard lost to nothing on the way");
    }

    @Test
    void theFiltersClearAllHandsTheKeyboardToTheFirstFilterThatCanBeTickedBeforeItIsDisabled() throws TimeoutException {
        page(Background.sameThread()).show(JobsPageFocusUITest::jobsPage);
        press("jobs-filter-registration");
        press("jobs-filter-subject-biology");
        List<String> owners = followFocus();
        press("jobs-clear-all");
        assertTrue(node("jobs-clear-all", Node.class).isDisabled(), "nothing left to clear");
        assertFalse(shown.model.filters().anyFilter());
        // "On my shortlist (0)" and "On track for me (0)" cannot be ticked: "Paid while you train" is the first that can.
        assertEquals(List.of("jobs-clear-all", "jobs-filter-paid"), owners,
                "from Clear all to the first filter, never to nothing or a disabled control");
    }

    @Test
    void aJobThatCouldNotBeOpenedGivesTheKeyboardBackToItsCard() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pack"));
        for (String name : List.of("nurse.json", "chef.json")) {
            Files.copy(TestPack.FOLDER.resolve(name), folder.resolve(name));
        }
        LaterBackground later = new LaterBackground();
        page(later);
        PackReading reading = new PackReading(folder, ProfileLoader.profileFiles(folder), Optional.empty(), "test",
                Optional.empty());
        reading.follow(shown.pack::set);
        reading.run();
        shown.show(JobsPageFocusUITest::jobsPage);
        Files.writeString(folder.resolve("chef.json"), "{ \"title\": ");

        Node chef = node("job-open-chef", Node.class);
        interact(chef::requestFocus);
        key(KeyCode.ENTER);
        assertEquals("Opening Chef\u2026", shown.model.openingProperty().get());
        assertTrue(node("jobs-card-scroll", Node.class).isDisabled(), "no other job is opened meanwhile");
        interact(later::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.model.messageProperty().get().startsWith("Chef could not be opened"),
                shown.model.messageProperty().get());
        assertTrue(shown.opened.isEmpty());
        assertEquals("job-open-chef", shown.focusOwnerId(), "back on the card that was opened");
    }

    /** The cards of the last row, left to right, as laid out. */
    private List<Node> lastRow() {
        List<Node> cards = new ArrayList<>(lookup("#jobs-cards .job-card").queryAll());
        double lastY = cards.stream().mapToDouble(c -> c.getBoundsInParent().getMinY()).max().orElseThrow();
        return cards.stream().filter(c -> Math.abs(c.getBoundsInParent().getMinY() - lastY) < 1)
                .sorted(Comparator.comparingDouble(c -> c.getBoundsInParent().getMinX())).toList();
    }

    private Node openOf(Node card) {
        return card.lookup(".job-card-open");
    }

    @Test
    void downOnTheLastRowOfCardsStaysPut() throws TimeoutException {
        page(Background.sameThread()).show(JobsPageFocusUITest::jobsPage);
        List<Node> lastRow = lastRow();
        assertTrue(lastRow.size() >= 2, "32 cards in two columns or more: a full last row " + lastRow.size());
        Node first = openOf(lastRow.get(0));
        interact(first::requestFocus);
        key(KeyCode.DOWN);
        assertEquals(first.getId(), shown.focusOwnerId(), "nothing below: not sideways to the last card");
        key(KeyCode.UP);
        assertTrue(shown.focusOwnerId().startsWith("job-open-") && !first.getId().equals(shown.focusOwnerId()),
                "Up still goes to the row above");
    }

    @Test
    void downOnTheLastRowGoesToShowMoreWhenThereAreMore() throws TimeoutException {
        page(Background.sameThread());
        shown.pack.set(JobPack.of(JobsViewModelTest.manyProfiles(60)));
        shown.show(JobsPageFocusUITest::jobsPage);
        Node first = openOf(lastRow().get(0));
        interact(first::requestFocus);
        key(KeyCode.DOWN);
        assertEquals("jobs-more", shown.focusOwnerId());
    }
}
