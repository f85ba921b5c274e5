package org.careerroutes.eligibility;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TextPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The "Am I on track?" tab: a note that this is guidance only, the student's qualifications
 * and a verdict for every route. Side by side when the window is wide enough, one above the
 * other when it is not (or the text is large).
 */
public final class OnTrackView {

    /** Below this width (in units of the text size) the two columns go one above the other. */
    private static final double SIDE_BY_SIDE_EMS = 54;

    private OnTrackView() {
    }

    /** The tab's page; {@code showPathway} shows a pathway by id on the route map. */
    public static TextPage create(MyQualifications mine, Consumer<String> showPathway) {
        return create(mine, showPathway, Optional.empty());
    }

    /**
     * @param forEveryJob said under the heading where there are several jobs: that the qualifications
     *                    count for every job, with the way back to them
     */
    public static TextPage create(MyQualifications mine, Consumer<String> showPathway, Optional<Node> forEveryJob) {
        Label heading = ProfileText.heading("Am I on track?", Styles.HEADING_1);
        Label lead = ProfileText.text("Check your qualifications, achieved or predicted, against every route into "
                + "this job.", Styles.LEAD);
        Label guidance = ProfileText.text("This checks the usual entry requirements in this profile. Universities, "
                + "colleges, employers and training programmes set their own and decide who they accept, so check "
                + "with them before you apply. What you enter is yours, not this job's: every job you open checks the same "
                + "qualifications. It is part of your plan: My plan says whether it is kept on this computer.",
                Styles.BODY_TEXT);
        guidance.setId("on-track-guidance");
        VBox note = new VBox(ProfileText.text("Guidance only", Styles.CALLOUT_BADGE), guidance);
        note.getStyleClass().add(Styles.CALLOUT);

        if (!mine.hasRules()) {
            return new TextPage(ProfileText.page("page-on-track", withNote(forEveryJob, heading, ProfileText.text(
                    "This profile does not set out its entry requirements as rules that can be checked, so there is "
                    + "nothing to check your qualifications against. Its requirements are under How to become one.",
                    Styles.BODY_TEXT, OnTrackStyles.ON_TRACK_NO_RULES))));
        }
        QualificationsForm form = new QualificationsForm(new QualificationsFormModel(mine));
        VerdictsView verdicts = new VerdictsView(mine, showPathway);
        HBox columns = new HBox();
        columns.getStyleClass().add(OnTrackStyles.ON_TRACK_COLUMNS);
        columns.setAlignment(Pos.TOP_LEFT);
        VBox stacked = new VBox();
        stacked.getStyleClass().add(OnTrackStyles.ON_TRACK_COLUMNS);
        VBox holder = new VBox(stacked);
        stacked.getChildren().setAll(form, verdicts);

        ScrollPane page = ProfileText.page("page-on-track", withNote(forEveryJob, heading, lead, note, holder));
        // Measured in the body text's size, so larger text goes one above the other sooner.
        Runnable arrange = () -> arrange(holder, columns, stacked, form, verdicts, guidance.getFont().getSize());
        holder.widthProperty().addListener((obs, old, width) -> arrange.run());
        guidance.fontProperty().addListener((obs, old, font) -> arrange.run());
        return new TextPage(page);
    }

    /** The page's parts, the note for every job after the heading where there is one. */
    private static Node[] withNote(Optional<Node> forEveryJob, Node heading, Node... rest) {
        List<Node> parts = new ArrayList<>(List.of(heading));
        forEveryJob.ifPresent(parts::add);
        parts.addAll(List.of(rest));
        return parts.toArray(Node[]::new);
    }

    private static void arrange(VBox holder, HBox columns, VBox stacked, QualificationsForm form, VBox verdicts,
                                double em) {
        boolean sideBySide = holder.getWidth() >= SIDE_BY_SIDE_EMS * em;
        if (sideBySide && holder.getChildren().get(0) != columns) {
            HBox.setHgrow(verdicts, Priority.ALWAYS);
            form.setPrefWidth(26 * em);
            form.setMinWidth(22 * em);
            columns.getChildren().setAll(form, verdicts);
            holder.getChildren().setAll(columns);
        } else if (!sideBySide && holder.getChildren().get(0) != stacked) {
            form.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            form.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            stacked.getChildren().setAll(form, verdicts);
            holder.getChildren().setAll(stacked);
        }
    }
}
