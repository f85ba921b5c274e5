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
import org.careerroutes.kit.Styles;
import org.careerroutes.search.ProfileSearch;

/**
 * Search across the whole profile (Ctrl+F): type, see every hit with the part of the app it is
 * in, press Enter (or click) to go there. Escape closes the panel.
 */
final class SearchPanel extends VBox {

    private final TextField field = new TextField();
    private final ListView<ProfileSearch.Hit> results = new ListView<>();
    private final Label count = new Label();

    /** Binds to the window's search: its query, results and count; Enter or a click goes to a hit. */
    SearchPanel(WindowModel model) {
        setId("search-panel");
        getStyleClass().add(WindowStyles.SEARCH_PANEL);
        Label title = new Label("Search");
        title.getStyleClass().add(Styles.HEADING_3);
        title.setLabelFor(field);
        Button closeButton = new Button("\u00d7");
        closeButton.setId("search-close");
        closeButton.setAccessibleText("Close search");
        closeButton.getStyleClass().add(WindowStyles.CLOSE_BUTTON);
        closeButton.setOnAction(e -> model.closeSearch());
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
                    setText(model.describe(hit) + "\n" + hit.snippet(40));
                    setWrapText(true);
                    setPrefWidth(0);
                }
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        field.textProperty().bindBidirectional(model.queryProperty());
        results.setItems(model.results());
        count.textProperty().bind(model.resultCountProperty());
        field.setOnAction(e -> {
            if (!results.getItems().isEmpty()) {
                ProfileSearch.Hit hit = results.getSelectionModel().getSelectedItem();
                model.goTo(hit != null ? hit : results.getItems().get(0));
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
                model.goTo(hit);
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
                model.goTo(hit);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.closeSearch();
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
}
