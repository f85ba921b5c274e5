package org.careerroutes.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.Problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the user that content could not be loaded: which file, each problem as
 * {@code file:line:col: message} (selectable, so it can be copied), and what is shown instead.
 */
public final class ProblemsDialog {

    private ProblemsDialog() {
    }

    /**
     * @param results   the files that had problems (errors or warnings)
     * @param fallback  what the app shows instead, e.g. "Showing the built-in Clinical engineer profile."
     */
    public static Dialog<ButtonType> create(Window owner, List<LoadResult> results, String fallback) {
        boolean anyFailed = results.stream().anyMatch(r -> !r.isValid());
        String title = anyFailed ? "Profile could not be loaded" : "Profile loaded with warnings";
        Dialog<ButtonType> dialog = Dialogs.create(owner, "problems-dialog", title);
        String files = results.stream().map(LoadResult::file).collect(Collectors.joining(", "));
        dialog.getDialogPane().setHeaderText(anyFailed
                ? "There are problems in " + files
                : "Some things in " + files + " were ignored");
        TextArea list = new TextArea(results.stream()
                .flatMap(r -> r.problems().stream())
                .map(Problem::format)
                .collect(Collectors.joining("\n")));
        list.setId("problem-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, Math.max(3, (int) results.stream().mapToLong(r -> r.problems().size()).sum())));
        list.setAccessibleText("Problems found");
        VBox body = new VBox(
                ProfileText.text(fallback, Styles.BODY_TEXT),
                ProfileText.text("Each line gives the file, line and column, then what is wrong. "
                        + "Fix them in the file and open it again.", Styles.MUTED),
                list);
        body.getStyleClass().add("dialog-body");
        body.setPrefWidth(640);
        dialog.getDialogPane().setContent(body);
        return dialog;
    }
}
