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
import javafx.scene.layout.VBox;
import org.careerroutes.search.ProfileSearch;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Search across the whole profile (Ctrl+F): type, see every hit with the part of the app it is
 * in, press Enter (or click) to go there. Escape closes the panel.
 */
final class SearchPanel extends VBox {

    private final TextField field = new TextField();
    private final ListView<ProfileSearch.Hit> results = new ListView<>();
    private final Label count = new Label();

    /**
     * @param search   the search over the profile on show
     * @param place    names where a hit is, e.g. "How to become one: University"
     * @param open     goes to a hit
     * @param close    closes the panel
     */
    SearchPanel(Supplier<ProfileSearch> search, Function<ProfileSearch.Hit, String> place,
                Consumer<ProfileSearch.Hit> open, Runnable close) {
        setId("search-panel");
        getStyleClass().add("search-panel");
        Label title = new Label("Search");
        title.getStyleClass().add(Styles.HEADING_3);
        title.setLabelFor(field);
        Button closeButton = new Button("\u00d7");
        closeButton.setId("search-close");
        closeButton.setAccessibleText("Close search");
        closeButton.getStyleClass().add("close-button");
        closeButton.setOnAction(e -> close.run());
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
                if (empty || hit == null) {
                    setText(null);
                } else {
                    setText(place.apply(hit) + "\n" + hit.snippet(40));
                    setWrapText(true);
                    setPrefWidth(0);
                }
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        field.textProperty().addListener((obs, old, text) -> {
            List<ProfileSearch.Hit> hits = search.get().find(text);
            results.getItems().setAll(hits);
            count.setText(text.isBlank() ? "" : hits.isEmpty() ? "No results for \u201c" + text.strip() + "\u201d"
                    : hits.size() == 1 ? "1 result" : hits.size() + " results");
        });
        field.setOnAction(e -> {
            if (!results.getItems().isEmpty()) {
                ProfileSearch.Hit hit = results.getSelectionModel().getSelectedItem();
                open.accept(hit != null ? hit : results.getItems().get(0));
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
                open.accept(hit);
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
                open.accept(hit);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        getChildren().addAll(heading, field, count, results);
        setPrefWidth(320);
        setMinWidth(240);
    }

    void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** Starts afresh, e.g. when another profile is shown. */
    void clear() {
        field.clear();
        results.getItems().clear();
    }
}
