package org.careerroutes.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.careerroutes.kit.Styles;
import org.careerroutes.search.ProfileSearch;

import java.util.Locale;

/**
 * Search across the whole profile (Ctrl+F): type, see every hit with the part of the app it is
 * in, press Enter (or click) to go there. Escape closes the panel.
 */
final class SearchPanel extends VBox {

    private final TextField field = new TextField();
    private final ListView<ProfileSearch.Hit> results = new ListView<>();
    private final Label count = new Label();

    /** Binds to the window's search: its query, results and count; Enter or a click goes to a hit. */
    SearchPanel(WindowSearch search) {
        setId("search-panel");
        getStyleClass().add(WindowStyles.SEARCH_PANEL);
        Label title = new Label("Search");
        title.getStyleClass().add(Styles.HEADING_3);
        title.setLabelFor(field);
        Button closeButton = new Button("\u00d7");
        closeButton.setId("search-close");
        closeButton.setAccessibleText("Close search");
        closeButton.getStyleClass().add(WindowStyles.CLOSE_BUTTON);
        closeButton.setOnAction(e -> search.close());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox heading = new HBox(title, closeButton);
        heading.setAlignment(Pos.CENTER_LEFT);

        field.setId("search-field");
        field.setPromptText("Words to find");
        field.setAccessibleText("Search the profile");
        count.setId("search-count");
        count.getStyleClass().add(Styles.MUTED);
        count.setWrapText(true);
        results.setId("search-results");
        results.setAccessibleText("Search results");
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProfileSearch.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(null);
                if (empty || hit == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    String place = search.describe(hit);
                    String snippet = hit.snippet(40);
                    Label where = new Label(place);
                    where.getStyleClass().add(WindowStyles.SEARCH_RESULT_PLACE);
                    where.setWrapText(true);
                    VBox shown = new VBox(2, where, marked(snippet, search.queryProperty().get()));
                    shown.setMinWidth(0);
                    setGraphic(shown);
                    setAccessibleText(place + ". " + snippet);
                    setPrefWidth(0);
                }
            }

            /** As tall as the wrapped place and snippet at the list's width. */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() instanceof Region shown) {
                    double room = (width > 0 ? width : getListView().getWidth() - 20) - snappedLeftInset() - snappedRightInset();
                    return snappedTopInset() + shown.prefHeight(Math.max(50, room)) + snappedBottomInset();
                }
                return super.computePrefHeight(width);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        field.textProperty().bindBidirectional(search.queryProperty());
        results.setItems(search.results());
        count.textProperty().bind(search.resultCountProperty());
        field.setOnAction(e -> {
            if (!results.getItems().isEmpty()) {
                ProfileSearch.Hit hit = results.getSelectionModel().getSelectedItem();
                search.goTo(hit != null ? hit : results.getItems().get(0));
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        results.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            ProfileSearch.Hit hit = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && hit != null) {
                search.goTo(hit);
                e.consume();
            }
        });
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() <= 0) {
                field.requestFocus();   // back up to the words, as Down came from there
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            ProfileSearch.Hit hit = results.getSelectionModel().getSelectedItem();
            if (hit != null) {
                search.goTo(hit);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.close();
                e.consume();
            }
        });
        getChildren().addAll(heading, field, count, results);
        setMinWidth(0);
    }

    /**
     * The panel's width beside pages this wide: 22 em (330 px at the normal text size), but never
     * more than two fifths of the room, so the page keeps a readable column at large text sizes.
     */
    double widthFor(double available) {
        double em = field.getFont().getSize();
        return Math.max(Math.min(22 * em, available * 0.4), Math.min(240, available));
    }

    /**
     * The snippet with every word of the search in it marked: bold and underlined, so the mark
     * does not rest on colour alone.
     */
    static TextFlow marked(String snippet, String query) {
        String lower = snippet.toLowerCase(Locale.ROOT);
        java.util.BitSet hit = new java.util.BitSet(snippet.length());
        for (String word : (query == null ? "" : query).toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            // Where the word starts a word of the text; inside words only when it never does.
            boolean atStarts = false;
            for (int pass = 0; pass < 2 && !atStarts; pass++) {
                for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                    if (pass == 1 || at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                        hit.set(at, Math.min(snippet.length(), at + word.length()));
                        atStarts = true;
                    }
                }
            }
        }
        return org.careerroutes.kit.MarkedText.flow(snippet, hit, WindowStyles.SEARCH_SNIPPET,
                WindowStyles.SEARCH_SNIPPET_TEXT, WindowStyles.SEARCH_MATCH);
    }

    void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
