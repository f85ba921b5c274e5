package org.careerroutes.jobs.view;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.careerroutes.jobs.JobSearch;
import org.careerroutes.kit.MarkedText;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * One job's card: its title and summary with the searched words marked, where else it matched, the
 * student's verdict, and the ☆. The title and summary are one control that opens the job (Enter,
 * Space or a click; a real Button cannot hold wrapping text), named for a screen reader by the
 * job's title and verdict. A card is made once per job and shown again with what changes, so that
 * pressing its ☆ keeps the keyboard where it was.
 */
final class JobCardView {

    private final VBox card = new VBox();
    private final VBox open = new VBox();
    private final ToggleButton star;
    private final Label verdict = ProfileText.text("", Styles.MARK, JobsStyles.VERDICT);
    private JobCard shown;

    /** @param opensJob opens the job (and says what follows should it not open) */
    JobCardView(JobCard first, JobsViewModel model, Consumer<String> opensJob) {
        String id = first.job().id();
        card.setId("job-card-" + id);
        card.getStyleClass().add(JobsStyles.CARD);
        open.setId("job-open-" + id);
        open.getStyleClass().add(JobsStyles.CARD_OPEN);
        open.setFocusTraversable(true);
        open.setAccessibleRole(AccessibleRole.BUTTON);
        open.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                opensJob.accept(id);
            }
        });
        open.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                opensJob.accept(id);
                e.consume();
            }
        });
        HBox.setHgrow(open, Priority.ALWAYS);
        star = ShortlistStar.create("job-star-" + id, false);
        star.setOnAction(e -> ShortlistStar.toggle(star, model, id, shown.job().title()));
        HBox top = new HBox(open, star);
        top.setAlignment(Pos.TOP_LEFT);
        top.setSpacing(6);
        verdict.setId("job-verdict-" + id);
        verdict.setMaxWidth(Double.MAX_VALUE);
        card.getChildren().addAll(top, verdict);
        card.setMinHeight(Region.USE_PREF_SIZE);
        show(first);
    }

    VBox node() {
        return card;
    }

    /** Shows the card as it now is (the words searched, the verdict, the shortlist). */
    void show(JobCard now) {
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        TextFlow title = marked(now.job().title(), now.titleMarks(), JobsStyles.CARD_TITLE, JobsStyles.CARD_TITLE_TEXT);
        TextFlow summary = marked(now.job().summary(), now.summaryMarks(), JobsStyles.CARD_SUMMARY, JobsStyles.CARD_TEXT);
        open.getChildren().setAll(title, summary);
        now.found().ifPresent(found -> {
            TextFlow where = marked(found.text(), now.foundMarks(), JobsStyles.CARD_FOUND, JobsStyles.CARD_TEXT);
            javafx.scene.text.Text field = new javafx.scene.text.Text(found.field() + ": ");
            field.getStyleClass().add(JobsStyles.CARD_TEXT);
            where.getChildren().add(0, field);
            open.getChildren().add(where);
        });
        open.setAccessibleText(now.accessibleText());
        ShortlistStar.show(star, now.job().title(), now.shortlisted());
        verdict.setVisible(now.verdict().isPresent());
        verdict.setManaged(now.verdict().isPresent());
        now.verdict().ifPresent(v -> {
            verdict.setText(v.standing().symbol() + " " + v.words());
            Styles.markState(verdict, v.standing().state());
        });
    }

    private static TextFlow marked(String text, List<JobSearch.Mark> marks, String flowStyle, String textStyle) {
        BitSet marked = new BitSet(text.length());
        marks.forEach(mark -> marked.set(mark.start(), mark.end()));
        return MarkedText.flow(text, marked, flowStyle, textStyle, JobsStyles.MARK);
    }
}
