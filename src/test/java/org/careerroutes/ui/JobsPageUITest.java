package org.careerroutes.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.jobs.TestPack;
import org.careerroutes.plan.PlanFile;
import org.careerroutes.settings.Settings;
import org.careerroutes.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jobs page in the real window, on the test pack of 32 jobs: what a student sees, searches,
 * filters, opens and shortlists, with the keyboard and at large text.
 */
class JobsPageUITest extends AppUITestBase {

    private static final String PACK = "--content=" + TestPack.FOLDER;

    @TempDir
    Path dir;

    private <T extends Node> T node(String id, Class<T> type) {
        return lookup("#" + id).queryAs(type);
    }

    private String text(String id) {
        return allText(node(id, Node.class));
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000, condition::getAsBoolean));
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the keyboard to a control (its page scrolls it into view) and presses Space, as a keyboard user does. */
    private void press(String id) {
        Node target = node(id, Node.class);
        interact(target::requestFocus);
        assertTrue(target.isFocused(), id + " takes the keyboard");
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tick(String id) {
        press(id);
    }

    private String count() {
        return node("jobs-count", Labeled.class).getText();
    }

    /** The words of a card's text that are marked for the search. */
    private List<String> marked(String cardId) {
        List<String> words = new ArrayList<>();
        lookup("#" + cardId).queryAs(Node.class);
        for (Node text : lookup("#" + cardId + " .jobs-mark").queryAll()) {
            words.add(((Text) text).getText());
        }
        return words;
    }

    private void openByKeyboard(String jobId) {
        Node open = node("job-open-" + jobId, Node.class);
        interact(open::requestFocus);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFolderOfJobsOpensOnTheJobsPageWithEveryJobAsACardByTitle() throws TimeoutException {
        launch(PACK);
        assertEquals("Jobs \u2013 Career Routes", stage.getTitle());
        assertEquals("32 jobs", count());
        List<String> titles = lookup("#jobs-cards .job-card-open").queryAll().stream()
                .map(n -> n.getAccessibleText()).toList();
        assertEquals(32, titles.size());
        assertEquals("Accountant", titles.get(0));
        assertEquals("Zookeeper", titles.get(31));
        assertTrue(node("jobs-search", TextField.class).isFocused(), "the keyboard starts in the search");
        assertEquals("Test profile written for Career Routes, in the layout of a published job profile; not published "
                + "information.", node("attribution", Labeled.class).getText(), "the summaries' source");
        assertFalse(node("jobs-problems", Node.class).getParent().isVisible(),
                "15 files have warnings for their authors, but every job is listed: nothing for a student to act on");
        assertTrue(Files.isDirectory(settingsDir.resolve("job-index")), "the folder's index is kept beside the settings");
    }

    @Test
    void theFirstJobsOverviewHasItsJobsLikeThisToo() throws TimeoutException {
        launch(PACK);
        ctrl(KeyCode.DIGIT1);
        assertEquals("Accountant \u2013 Career Routes", stage.getTitle(), "the folder's first file");
        String overview = text("page-overview");
        assertTrue(overview.contains("Jobs like this"), "built before the folder was read, filled as it was: " + overview);
        assertTrue(lookup("#like-this-data-analyst").tryQuery().isPresent(), overview);
    }

    @Test
    void ctrlFOnTheJobsPageGoesToItsSearch() throws TimeoutException {
        launch(PACK);
        ctrl(KeyCode.DIGIT2);
        ctrl(KeyCode.J);
        Node somewhere = node("jobs-filter-paid", Node.class);
        interact(somewhere::requestFocus);
        ctrl(KeyCode.F);
        assertTrue(node("jobs-search", TextField.class).isFocused(), "the Jobs page's own search");
        assertTrue(lookup("#search-panel").tryQuery().isEmpty(), "not the profile's search panel");
    }

    @Test
    void searchAsYouTypeMarksTheWordsFoundAndSaysWhenNothingMatches() throws TimeoutException {
        launch(PACK);
        clickOn(node("jobs-search", TextField.class)).write("nurs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("6 of 32 jobs", count());
        assertEquals(List.of("nurse", "nurses"), marked("job-card-dental-nurse"));
        assertEquals("What you'll do: working with doctors and nurses to review patients' medicines",
                allText(lookup("#job-card-pharmacist .job-card-found").query()).replace("\n", ""), "where else it matched");

        write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No job matches \u201cnursx\u201d", node("jobs-nothing", Labeled.class).getText());
        assertTrue(lookup("#jobs-cards .job-card").queryAll().isEmpty());
        press("jobs-nothing-clear-search");
        assertEquals("32 jobs", count());
        assertTrue(node("jobs-search", TextField.class).isFocused());
        assertFalse(node("jobs-nothing", Node.class).getParent().isVisible());
    }

    @Test
    void filtersCombineEachWithItsCountsAndClearAllClearsThem() throws TimeoutException {
        launch(PACK);
        assertEquals("Biology (12)", node("jobs-filter-subject-biology", CheckBox.class).getText());
        assertEquals("Biology, 12 jobs", node("jobs-filter-subject-biology", CheckBox.class).getAccessibleText());
        tick("jobs-filter-subject-biology");
        assertEquals("12 of 32 jobs", count());
        assertEquals("Apprenticeship (9)", node("jobs-filter-way-apprenticeship", CheckBox.class).getText());
        tick("jobs-filter-way-apprenticeship");
        assertEquals("9 of 32 jobs", count());
        assertEquals("Needs registration with a professional body (8)",
                node("jobs-filter-registration", CheckBox.class).getText());
        tick("jobs-filter-registration");
        assertEquals("8 of 32 jobs", count());
        assertTrue(lookup("#job-card-zookeeper").tryQuery().isEmpty(), "the zookeeper needs no registration");
        press("jobs-clear-all");
        assertEquals("32 jobs", count());
        assertFalse(node("jobs-filter-subject-biology", CheckBox.class).isSelected());
        assertTrue(node("jobs-clear-all", Button.class).isDisabled(), "nothing left to clear");
    }

    @Test
    void aFilterChoiceThatWouldShowNoJobCannotBeTickedButATickedOneCanBeUnticked() throws TimeoutException {
        launch(PACK);
        clickOn(node("jobs-search", TextField.class)).write("pilot");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 32 jobs", count());
        CheckBox direct = node("jobs-filter-way-direct-application", CheckBox.class);
        assertEquals("Applying directly (0)", direct.getText());
        assertTrue(direct.isDisabled(), "as On track for me (0) is");
        assertTrue(node("jobs-filter-on-track", CheckBox.class).isDisabled());
        assertFalse(node("jobs-filter-way-university", CheckBox.class).isDisabled(), "University (1)");
        tick("jobs-filter-way-university");
        assertEquals("University (1)", node("jobs-filter-way-university", CheckBox.class).getText());
        interact(() -> node("jobs-search", TextField.class).setText("plumb"));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox university = node("jobs-filter-way-university", CheckBox.class);
        assertEquals("University (0)", university.getText());
        assertTrue(university.isSelected());
        assertFalse(university.isDisabled(), "ticked, so it can be unticked");
        tick("jobs-filter-way-university");
        assertFalse(university.isSelected());
        assertTrue(university.isDisabled(), "unticked at 0: now it cannot be ticked");
    }

    @Test
    void onTrackForMeUsesTheQualificationsEnteredOnAnyJobAndEachCardSaysWhichRoute() throws TimeoutException {
        launch(PACK);
        CheckBox onTrack = node("jobs-filter-on-track", CheckBox.class);
        assertTrue(onTrack.isDisabled(), "nothing entered yet");
        press("jobs-enter-qualifications");
        assertTrue(lookup("#page-on-track").tryQuery().isPresent(), "Am I on track? of the job on show");
        enterQualification(QualificationType.GCSE, "English", "3", false);
        enterQualification(QualificationType.GCSE, "Maths", "3", false);
        ctrl(KeyCode.J);
        assertEquals("Jobs \u2013 Career Routes", stage.getTitle());
        assertFalse(onTrack.isDisabled());
        assertEquals("On track for me (11)", onTrack.getText());
        tick("jobs-filter-on-track");
        assertEquals("11 of 32 jobs", count());
        assertEquals("\u2713 College: you meet the usual entry requirements for a level 2 course",
                node("job-verdict-laboratory-technician", Labeled.class).getText());
        assertEquals("Laboratory technician. College: you meet the usual entry requirements for a level 2 course",
                node("job-open-laboratory-technician", Node.class).getAccessibleText(), "read with its title");
        tick("jobs-filter-on-track");
        assertEquals("Career Routes does not check this job\u2019s entry requirements: read them on its How to become "
                + "one page", node("job-verdict-farm-worker", Labeled.class).getText().substring(2),
                "a job it does not check says so");
    }

    @Test
    void aCardOpensItsJobWhoseBarAndOverviewLeadOnAndBack() throws TimeoutException {
        launch(PACK);
        openByKeyboard("nurse");
        assertEquals("Nurse \u2013 Career Routes", stage.getTitle());
        assertEquals("Nurse", node("job-bar-title", Labeled.class).getText());
        String overview = text("page-overview");
        assertTrue(overview.contains("Jobs like this"), overview);
        assertEquals("Shares Biology, Health and social care; Sensitivity and understanding, Patience and the ability to "
                + "remain calm in stressful situations, Communication, Teamwork, Attention to detail, Physical fitness; "
                + "a university course, an apprenticeship, starting in a junior job and volunteering",
                node("like-this-shares-paramedic", Labeled.class).getText());
        press("like-this-paramedic");
        waitUntil(() -> stage.getTitle().startsWith("Paramedic"));
        clickOn(node("job-bar-jobs", Button.class));
        assertEquals("Jobs \u2013 Career Routes", stage.getTitle());
        ctrl(KeyCode.DIGIT1);
        assertEquals("Paramedic \u2013 Career Routes", stage.getTitle(), "Go to a tab: the job on show");
    }

    @Test
    void theShortlistIsKeptWithThePlanShownOnMyPlanAndClearedWithEverything() throws Exception {
        launch(PACK);
        ToggleButton star = node("job-star-nurse", ToggleButton.class);
        assertEquals("Add Nurse to your shortlist", star.getAccessibleText());
        press("job-star-nurse");
        assertTrue(node("job-star-nurse", ToggleButton.class).isSelected());
        assertTrue(node("job-star-nurse", ToggleButton.class).isFocused(), "the keyboard stays on the star");
        assertEquals("On my shortlist (1)", node("jobs-filter-shortlist", CheckBox.class).getText());
        openByKeyboard("chef");
        clickOn(node("job-bar-star", ToggleButton.class));
        assertEquals("\u2605 On my shortlist", node("job-bar-star", ToggleButton.class).getText());
        ctrl(KeyCode.DIGIT0);
        String shortlist = text("my-shortlist");
        assertTrue(shortlist.contains("Nurse") && shortlist.contains("Chef"), shortlist);
        assertTrue(shortlist.indexOf("Nurse") < shortlist.indexOf("Chef"), "in the order shortlisted");
        assertTrue(shortlist.contains("Ways in: College, Apprenticeship, Starting in a junior job, Applying directly"), shortlist);

        Path record = environment().plansFolder().resolve("me.careerplan");
        waitUntil(() -> Files.exists(record) && read(record).contains("\"profile\": \"chef\""));
        FxToolkit.cleanupApplication(app());
        FxToolkit.cleanupStages();
        launch(PACK);
        assertTrue(node("job-star-nurse", ToggleButton.class).isSelected(), "kept over a restart");
        assertTrue(node("job-star-chef", ToggleButton.class).isSelected());
        assertEquals(PlanFile.FORMAT_VERSION, PlanFile.read(read(record)).formatVersion());

        openByKeyboard("chef");
        ctrl(KeyCode.DIGIT0);
        Node clear = node("my-plan-clear", Node.class);
        interact(clear::requestFocus);
        type(KeyCode.SPACE);
        Node everything = node("my-plan-question-other", Node.class);
        interact(everything::requestFocus);
        type(KeyCode.SPACE);
        waitUntil(() -> !Files.exists(record));
        assertTrue(text("my-shortlist").contains("No jobs yet"), text("my-shortlist"));
        ctrl(KeyCode.J);
        assertFalse(node("job-star-nurse", ToggleButton.class).isSelected(), "cleared with everything");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void damagedProfilesInTheFolderAreListedAsProblemsAndTheRestShown() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pack"));
        for (Path file : ProfileLoader.profileFiles(TestPack.FOLDER)) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Files.writeString(folder.resolve("broken.json"), "{\n  \"title\": [1,]\n}\n");
        launch("--content=" + folder);
        assertEquals("32 jobs", count());
        assertEquals("1 file could not be read; the other 32 jobs are listed.", node("jobs-problems", Labeled.class).getText());
        press("jobs-show-problems");
        Window dialog = windowWith("problems-dialog").orElseThrow(() -> new AssertionError("the problems are listed"));
        String problems = node("problem-list", TextArea.class).getText();
        assertTrue(problems.startsWith(folder.resolve("broken.json") + ":2:15: a comma too many"), problems);
        assertTrue(problems.lines().allMatch(line -> line.startsWith(folder.resolve("broken.json").toString())),
                "the unreadable file alone, no warnings mixed in: " + problems);
        String said = allText(dialog.getScene().getRoot());
        assertTrue(said.contains("1 file could not be read"), said);
        assertFalse(said.contains("problems in"), "not a count of every file with something to say: " + said);
        assertTrue(said.contains("Warnings for whoever looks after these profiles"), said);
        assertTrue(said.contains("The jobs of the other files are listed on the Jobs page, those of the 15 files with "
                + "warnings too."), said);
        String warnings = node("problem-warnings", TextArea.class).getText();
        assertTrue(warnings.contains(": warning: ") && !warnings.contains("broken.json"), warnings);
        assertFalse(said.contains("Exception"), "no stack trace");
    }

    @Test
    void theKeyboardReachesTheSearchEveryFilterEachCardAndItsStar() throws TimeoutException {
        launch(PACK);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = stage.getScene().getFocusOwner();
            reached.add(owner == null ? "" : String.valueOf(owner.getId()));
        }
        assertEquals("jobs-skip-to-cards", reached.get(0), "the way to the cards first");
        // "On my shortlist (0)" and "On track for me (0)" cannot be ticked, so Tab passes them by.
        for (String id : List.of("jobs-enter-qualifications",
                "jobs-filter-paid", "jobs-filter-registration", "jobs-filter-way-university", "jobs-filter-subject-biology",
                "job-open-accountant", "job-star-accountant", "job-open-airline-pilot")) {
            assertTrue(reached.contains(id), id + " reached by Tab: " + reached);
        }
        assertTrue(reached.indexOf("job-open-accountant") < reached.indexOf("job-star-accountant"));
    }

    @Test
    void fromTheSearchTheKeyboardReachesTheCardsAtOnceAndTheArrowsMoveBetweenThem() throws TimeoutException {
        launch(PACK);
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node("jobs-search", TextField.class).isFocused());
        press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("jobs-skip-to-cards", stage.getScene().getFocusOwner().getId(), "one Tab from the search");
        assertEquals("Skip to the 32 jobs", node("jobs-skip-to-cards", Labeled.class).getText());
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("job-open-accountant", stage.getScene().getFocusOwner().getId());

        ctrl(KeyCode.F);
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("job-open-accountant", stage.getScene().getFocusOwner().getId(), "Down from the search");
        type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("job-open-airline-pilot", stage.getScene().getFocusOwner().getId());
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("job-open-bricklayer", stage.getScene().getFocusOwner().getId(), "two columns: the card below");
        type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        Node last = stage.getScene().getFocusOwner();
        assertEquals("job-open-zookeeper", last.getId());
        ScrollPane scroll = node("jobs-card-scroll", ScrollPane.class);
        Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds shown = last.localToScene(last.getBoundsInLocal());
        assertTrue(shown.getMinY() >= view.getMinY() - 1 && shown.getMaxY() <= view.getMaxY() + 1,
                "the focused card is scrolled into view: " + shown + " in " + view);
        type(KeyCode.HOME);
        type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node("jobs-search", TextField.class).isFocused(), "Up from the first row: back to the search");

        write("nurs");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("job-open-nurse", stage.getScene().getFocusOwner().getId(), "Enter: the first job found");
        type(KeyCode.ENTER);
        waitUntil(() -> stage.getTitle().startsWith("Nurse"));
    }

    @Test
    void enterMyQualificationsOpensAmIOnTrackOfTheJobLastShownSayingTheyCountForEveryJob() throws TimeoutException {
        launch(PACK);
        openByKeyboard("nurse");
        waitUntil(() -> stage.getTitle().startsWith("Nurse"));
        ctrl(KeyCode.J);
        press("jobs-enter-qualifications");
        assertEquals("Nurse \u2013 Career Routes", stage.getTitle(), "the job last shown, not the first by title");
        assertTrue(lookup("#page-on-track").tryQuery().isPresent());
        assertTrue(node("job-bar", Node.class).isVisible(), "the job's bar is kept");
        assertTrue(node("on-track-every-job", Labeled.class).getText().contains("count for every job"));
        press("on-track-all-jobs");
        assertEquals("Jobs \u2013 Career Routes", stage.getTitle());
    }

    @Test
    void atTwiceTheTextSizeTheCardsReflowIntoOneColumn() throws Exception {
        settingsDir = Files.createTempDirectory("career-routes-settings");
        new SettingsStore(settingsDir).save(Settings.DEFAULTS.withTextScale(200));
        launch(PACK);
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Region first = node("job-card-accountant", Region.class);
        Region second = node("job-card-airline-pilot", Region.class);
        assertEquals(first.getBoundsInParent().getMinX(), second.getBoundsInParent().getMinX(), 1, "one column");
        assertTrue(second.getBoundsInParent().getMinY() > first.getBoundsInParent().getMaxY());
        Bounds card = first.localToScene(first.getBoundsInLocal());
        Node grid = node("jobs-cards", Node.class);
        Node filters = node("jobs-filter-scroll", Node.class);
        assertTrue(card.getMaxX() <= stage.getScene().getWidth(), "the card fits the window: " + card + " scene "
                + stage.getScene().getWidth() + " grid " + grid.localToScene(grid.getBoundsInLocal()) + " filters "
                + filters.localToScene(filters.getBoundsInLocal()) + " page " + node("page-jobs", Region.class).getWidth()
                + " card min " + first.minWidth(-1) + " pref " + first.prefWidth(-1));
    }

    @Test
    void aSchoolMonitorOf1024By768ShowsAtLeastSixCards() throws TimeoutException {
        launch(PACK);
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = node("jobs-card-scroll", ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        long whole = lookup("#jobs-cards .job-card").queryAll().stream()
                .map(card -> card.localToScene(card.getBoundsInLocal()))
                .filter(b -> b.getMinY() >= viewport.getMinY() - 1 && b.getMaxY() <= viewport.getMaxY() + 1
                        && b.getMaxX() <= viewport.getMaxX() + 1).count();
        assertTrue(whole >= 6, whole + " cards wholly in view");
    }
}
