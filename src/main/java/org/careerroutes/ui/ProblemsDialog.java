package org.careerroutes.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careerroutes.content.LoadResult;
import org.careerroutes.content.Problem;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the user that content could not be loaded: which file, each problem as
 * {@code file:line:col: message} (selectable, so it can be copied), and what is shown instead.
 */
public final class ProblemsDialog {

    /** More lines than anyone reads in a dialog; --validate lists them all. */
    static final int MAX_LINES = 200;

    private ProblemsDialog() {
    }

    /**
     * The files that could not be read come first, under the header; files that were read with
     * warnings only are listed apart, under their own heading, so that a reader never takes a
     * job that is listed for one that is missing.
     *
     * @param results   the files that had problems (errors or warnings)
     * @param fallback  what the app shows instead, e.g. "Showing the built-in Clinical engineer profile."
     */
    public static Dialog<ButtonType> create(Window owner, List<LoadResult> results, String fallback, Appearance appearance) {
        // A file with an error was not loaded; one with warnings only was (its profile may not be kept with it).
        List<LoadResult> failed = results.stream().filter(r -> !r.errors().isEmpty()).toList();
        List<LoadResult> warned = results.stream().filter(r -> r.errors().isEmpty()).toList();
        boolean anyFailed = !failed.isEmpty();
        String title = anyFailed ? "Profile could not be loaded" : "Profile loaded with warnings";
        Dialog<ButtonType> dialog = Dialogs.create(owner, "problems-dialog", title, appearance);
        dialog.getDialogPane().setHeaderText(anyFailed
                ? files(failed.size()) + " could not be read"
                : "Some things in " + files(warned.size()) + " were ignored");
        List<LoadResult> first = anyFailed ? failed : warned;
        Label names = ProfileText.text(names(first), Styles.BODY_TEXT);
        names.setId("problem-files");
        VBox body = new VBox(
                names,
                ProfileText.text(fallback, Styles.BODY_TEXT),
                ProfileText.text(anyFailed
                        ? "Each line gives the file, line and column, then what is wrong. Fix them in the file and open it again."
                        : "Each line gives the file, line and column, then what was ignored.", Styles.MUTED),
                list("problem-list", first, "Problems found", anyFailed && !warned.isEmpty() ? 6 : 12));
        if (anyFailed && !warned.isEmpty()) {
            body.getChildren().addAll(
                    ProfileText.heading("Warnings for whoever looks after these profiles", Styles.HEADING_3),
                    ProfileText.text(files(warned.size()) + (warned.size() == 1 ? " was" : " were") + " read all the same: "
                            + names(warned) + ". Each line gives the file, line and column, then what was ignored.",
                            Styles.MUTED),
                    list("problem-warnings", warned, "Warnings", 5));
        }
        body.getStyleClass().add(WindowStyles.DIALOG_BODY);
        // 640 px at the normal text size, growing with it up to what a 1024 px screen can show.
        body.prefWidthProperty().bind(names.fontProperty().map(font -> Math.min(font.getSize() * 640 / 15.0, 930)));
        body.maxWidthProperty().bind(body.prefWidthProperty());
        dialog.getDialogPane().setContent(body);
        return dialog;
    }

    /** The files' names, the first five, then how many more. */
    private static String names(List<LoadResult> results) {
        return results.stream().map(LoadResult::file).limit(5).collect(Collectors.joining(", "))
                + (results.size() > 5 ? " and " + (results.size() - 5) + " more" : "");
    }

    /** Each problem of these files a line (at most {@code rows} shown before it scrolls), {@code file:line:col: message}, selectable so it can be copied. */
    private static TextArea list(String id, List<LoadResult> results, String accessibleText, int rows) {
        List<String> lines = results.stream().flatMap(r -> r.problems().stream()).map(Problem::format).toList();
        String shown = String.join("\n", lines.subList(0, Math.min(MAX_LINES, lines.size())));
        if (lines.size() > MAX_LINES) {
            shown += "\n\u2026 and " + (lines.size() - MAX_LINES) + " more: check the files with --validate "
                    + "to see them all.";
        }
        TextArea list = new TextArea(shown);
        list.setId(id);
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(rows, Math.max(3, lines.size())));
        list.setAccessibleText(accessibleText);
        return list;
    }

    private static String files(int n) {
        return n == 1 ? "1 file" : n + " files";
    }
}
