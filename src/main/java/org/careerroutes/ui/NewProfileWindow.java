package org.careerroutes.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careerroutes.importer.view.ImportModel;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.ProfileText;
import org.careerroutes.kit.Styles;
import org.careerroutes.kit.TabOut;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.PlanKeeping;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * File → New profile from text…: paste a job profile's text (or open a .txt), make the profile,
 * read the report, look the profile over in the app's own tabs, then save it and open it. A
 * window of its own beside the main one, so the profile on show stays as it is until the new one
 * is saved. Not offered in kiosk mode, which has no menus.
 */
public final class NewProfileWindow {

    /** The file choosers: the app's own, or a test's answers. Empty when the user cancels. */
    public interface Files {
        Optional<Path> chooseText();

        Optional<Path> chooseWhereToSave(String suggestedName);
    }


    private NewProfileWindow() {
    }

    /**
     * Opens the window.
     *
     * @param background where reading, importing and saving run
     * @param clock      the app's clock, for today's date in the preview (the school year on Compare routes)
     * @param opened     opens a saved profile in the main window
     */
    public static Stage open(Window owner, Appearance appearance, Background background, java.time.Clock clock,
                             Files files, BiConsumer<Profile, Path> opened) {
        Stage stage = new Stage();
        ImportModel model = new ImportModel(background, (profile, file) -> {
            opened.accept(profile, file);
            stage.close();
        });
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("New profile from text \u2013 Career Routes");

        Label textLabel = new Label("The profile's text");
        textLabel.getStyleClass().add(Styles.HEADING_3);
        TextArea text = new TextArea();
        text.setId("import-text");
        text.setWrapText(true);
        text.setPromptText("Paste the text of a job profile here (Ctrl+V): all of it, from the job's name to the "
                + "licence line at the end.");
        text.textProperty().bindBidirectional(model.textProperty());
        TabOut.install(text);
        textLabel.setLabelFor(text);
        Label source = ProfileText.text("", Styles.MUTED);
        source.setId("import-source");
        source.textProperty().bind(model.sourceProperty().map(s -> "From: " + s));
        VBox.setVgrow(text, Priority.ALWAYS);
        // At a large text size the column scrolls rather than squeezing the text to a line.
        text.setPrefRowCount(8);
        text.setMinHeight(Region.USE_PREF_SIZE);

        Button openText = new Button("Open a text file\u2026");
        openText.setId("import-open");
        openText.disableProperty().bind(model.busyProperty());
        openText.setOnAction(e -> files.chooseText().ifPresent(model::openTextFile));
        Button make = new Button("Make the profile");
        make.setId("import-make");
        make.disableProperty().bind(model.canMake().not());
        make.setOnAction(e -> model.make());
        openText.setMinWidth(Region.USE_PREF_SIZE);
        make.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane textActions = new FlowPane(8, 8, openText, make);

        Label reportLabel = new Label("Report");
        reportLabel.getStyleClass().add(Styles.HEADING_3);
        TextArea report = new TextArea();
        report.setId("import-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPromptText("What the importer found and made, and what to check by hand, shows here.");
        report.textProperty().bind(model.reportProperty());
        TabOut.install(report);
        reportLabel.setLabelFor(report);
        VBox.setVgrow(report, Priority.ALWAYS);
        report.setPrefRowCount(8);
        report.setMinHeight(Region.USE_PREF_SIZE);
        VBox column = new VBox(6, textLabel, source, text, textActions, reportLabel, report);
        column.getStyleClass().add(WindowStyles.IMPORT_COLUMN);
        ScrollPane left = new ScrollPane(column);
        left.setFitToWidth(true);
        left.setFitToHeight(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Label empty = ProfileText.text("The profile shows here, in the app's own tabs, once it is made.", Styles.MUTED);
        empty.setId("import-preview-empty");
        StackPane preview = new StackPane(empty);
        preview.setId("import-preview");
        preview.getStyleClass().add(WindowStyles.IMPORT_PREVIEW);
        model.madeProperty().addListener((obs, old, made) -> {
            Optional<Profile> profile = model.profile();
            preview.getChildren().setAll(profile.<javafx.scene.Node>map(p -> previewOf(p, appearance, clock)).orElse(empty));
        });
        SplitPane columns = new SplitPane(left, preview);
        columns.setDividerPositions(0.38);

        Label status = ProfileText.text("", Styles.BODY_TEXT);
        status.setId("import-status");
        status.getStyleClass().add(WindowStyles.IMPORT_STATUS);
        status.textProperty().bind(model.statusProperty());
        model.problemProperty().addListener((obs, old, wrong) -> status.pseudoClassStateChanged(Styles.PROBLEM, wrong));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button("Save and open\u2026");
        save.setId("import-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> files.chooseWhereToSave(model.suggestedName()).ifPresent(model::saveAndOpen));
        Button close = new Button("Close");
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        save.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(8, status, save, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add(WindowStyles.IMPORT_ACTIONS);

        Label heading = new Label("New profile from text");
        heading.getStyleClass().add(Styles.HEADING_2);
        Label how = ProfileText.text("Paste a job profile's text (its licence line too) or open it as a .txt file, make the "
                + "profile, read the report and look it over, then save it: it opens in Career Routes.", Styles.BODY_TEXT);
        VBox top = new VBox(4, heading, how);
        top.setPadding(new Insets(0, 0, 8, 0));

        BorderPane root = new BorderPane(columns, top, null, bottom, null);
        root.setId("new-profile-window");
        root.getStyleClass().add(WindowStyles.NEW_PROFILE_WINDOW);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1180, screen.getWidth()), Math.min(800, screen.getHeight()));
        appearance.applyTo(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!make.isDisabled()) {
                model.make();
            }
        });
        stage.setScene(scene);
        stage.show();
        text.requestFocus();
        return stage;
    }

    /**
     * The profile in the app's own tabs. Nothing of a plan is kept and nothing opens from it (no
     * file dialog, no other profile): the new profile is not the app's until it is saved.
     */
    private static javafx.scene.Node previewOf(Profile profile, Appearance appearance, java.time.Clock clock) {
        MainWindow window = new MainWindow(profile, MainWindow.Actions.none(), appearance, MainWindow.Mode.KIOSK,
                PlanKeeping.nowhere(PlanKeeping.Place.SHARED_COMPUTER,
                        Optional.of("This is a preview of a new profile: nothing of a plan is kept.")), Optional.empty(),
                // A preview keeps nothing and writes nothing: there is no file work to move off.
                Background.sameThread(), clock);
        window.root().setId("import-preview-window");
        return window.root();
    }
}
