package org.careerroutes.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import org.careerroutes.kit.Page;
import org.careerroutes.search.ProfileSearch;

/**
 * The search panel in the window, and the hit it shows marked on its page. The panel goes beside
 * the pages, below the tab bar: the pages make room for it and the tab bar keeps the window's
 * whole width, so no tab is pushed into its overflow menu. It is made when search is first opened,
 * so the first frame does not wait for it.
 */
final class SearchInWindow {

    private final WindowSearch search;
    /** The tabs (or the Jobs page), with the panel over their pages' right-hand side when it is open. */
    private final StackPane centre;
    private final Pages pages;
    private SearchPanel panel;
    private Labeled markedHit;

    SearchInWindow(WindowSearch search, StackPane centre, Pages pages) {
        this.search = search;
        this.centre = centre;
        this.pages = pages;
        search.openProperty().addListener((obs, old, open) -> {
            if (open) {
                show();
            } else {
                pages.keepClearOnTheRight(0);
                centre.getChildren().remove(panel);
                pages.tabs().requestLayout();
                pages.tabs().requestFocus();
            }
        });
        search.markedHitProperty().addListener((obs, old, hit) -> {
            if (hit == null) {
                unmark();
            }
        });
        centre.widthProperty().addListener((obs, old, width) -> place());
        centre.heightProperty().addListener((obs, old, height) -> place());
    }

    /** Puts the cursor in the panel's field: again, when it was open already. */
    void focusField() {
        panel.focusField();
    }

    private void show() {
        if (panel == null) {
            panel = new SearchPanel(search);
            StackPane.setAlignment(panel, Pos.TOP_RIGHT);
        }
        if (!centre.getChildren().contains(panel)) {
            centre.getChildren().add(panel);
        }
        pages.tabs().applyCss();
        place();
    }

    private void place() {
        if (panel == null || !centre.getChildren().contains(panel)) {
            return;
        }
        // Below the tab bar: where the pages start, measured on the pages' own holder.
        double top = pages.pagesTop(centre);
        double width = panel.widthFor(centre.getWidth());
        StackPane.setMargin(panel, new Insets(top, 0, 0, 0));
        panel.setPrefWidth(width);
        panel.setMaxWidth(width);
        pages.keepClearOnTheRight(width);
    }

    /** Marks a hit's text on its page, shown already, and scrolls to it. */
    void mark(Page page, ProfileSearch.Entry entry) {
        unmark();
        page.findText(entry.text(), entry.topic()).ifPresent(label -> {
            label.pseudoClassStateChanged(WindowStyles.SEARCH_HIT, true);
            markedHit = label;
            page.scrollTo(label);
        });
    }

    void unmark() {
        if (markedHit != null) {
            markedHit.pseudoClassStateChanged(WindowStyles.SEARCH_HIT, false);
            markedHit = null;
        }
    }
}
