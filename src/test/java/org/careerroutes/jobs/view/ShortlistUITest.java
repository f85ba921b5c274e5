package org.careerroutes.jobs.view;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.TestPack;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shortlist's ☆ on a card and on a job's bar when the shortlist is full, and My plan's
 * shortlist as the jobs on offer change: each alone on a stage.
 */
class ShortlistUITest extends JobsViewUITestBase {

    private final JobsViewStage shown = new JobsViewStage(Background.sameThread());

    @Test
    void aFullShortlistLeavesTheStarsOfACardAndOfAJobsBarUnpressedAndSaysWhy() throws TimeoutException {
        shown.record.set(JobsViewStage.fullShortlist());
        SimpleObjectProperty<Profile> nurse = new SimpleObjectProperty<>(JobsViewStage.profile("nurse"));
        shown.show(model -> new BorderPane(JobsPage.create(model, Optional.empty(), Optional.empty()).node(),
                new JobBar(nurse, model, () -> { }).node(), null, null, null));

        press("job-star-nurse");
        ToggleButton star = node("job-star-nurse", ToggleButton.class);
        assertFalse(shown.record.get().isShortlisted("nurse"), "the shortlist is full");
        assertEquals("Your shortlist holds 1,000 jobs, the most it can: take one off to add another.",
                node("jobs-message", Labeled.class).getText());
        assertFalse(star.isSelected(), "not pressed: the job is not on the shortlist");
        assertEquals(ShortlistStar.EMPTY, star.getText());
        assertEquals("Add Nurse to your shortlist", star.getAccessibleText());
        assertTrue(star.isFocused(), "the keyboard stays on the star");

        press("job-bar-star");
        ToggleButton barStar = node("job-bar-star", ToggleButton.class);
        assertFalse(barStar.isSelected());
        assertEquals(ShortlistStar.EMPTY + " Add to my shortlist", barStar.getText());
        assertEquals("Add Nurse to your shortlist", barStar.getAccessibleText());

        interact(() -> shown.record.set(shown.record.get().withoutShortlisted("gone-0")));
        press("job-bar-star");
        assertTrue(barStar.isSelected(), "with room again, the star takes the job");
        assertEquals(ShortlistStar.FULL + " On my shortlist", barStar.getText());
        assertTrue(node("job-star-nurse", ToggleButton.class).isSelected(), "its card says so too");
    }

    @Test
    void myShortlistLinksAJobOnceTheFolderBeingReadOffersIt() throws TimeoutException {
        shown.record.set(shown.record.get().withShortlisted("nurse", "Nurse"));
        shown.pack.set(JobPack.reading(JobsViewStage.profile("chef"), 32));
        shown.show(model -> new BorderPane(ShortlistView.create(model)));
        assertFalse(node("my-shortlist-open-nurse", Node.class) instanceof Hyperlink, "not on offer yet: nothing to open");
        assertTrue(node("my-shortlist-nurse", Node.class).lookupAll(".label").stream()
                .anyMatch(label -> ((Labeled) label).getText().equals("Not among the jobs on offer here now")));

        interact(() -> shown.pack.set(JobPack.of(TestPack.profiles())));
        Hyperlink open = assertInstanceOf(Hyperlink.class, node("my-shortlist-open-nurse", Node.class),
                "the folder read: the nurse is on offer, and can be opened from here");
        assertTrue(node("my-shortlist-nurse", Node.class).lookupAll(".label").stream()
                .anyMatch(label -> ((Labeled) label).getText().startsWith("Ways in: ")));
        press(open.getId());
        assertEquals(List.of("nurse"), shown.opened.stream().map(Profile::id).toList());
    }
}
