package org.careerroutes.jobs.view;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.TestPack;
import org.careerroutes.kit.Background;
import org.careerroutes.kit.Theme;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.StudentRecord;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A Jobs view model over the test pack (or any pack the test sets) and a record the test can set,
 * with the parts of the Jobs page a test needs shown on the primary stage at 1024 by 768, styled
 * as the app styles them.
 */
final class JobsViewStage {

    final SimpleObjectProperty<JobPack> pack = new SimpleObjectProperty<>(JobPack.of(TestPack.profiles()));
    final ReadOnlyObjectWrapper<StudentRecord> record = new ReadOnlyObjectWrapper<>(StudentRecord.EMPTY);
    /** The jobs opened, in order. */
    final List<Profile> opened = new ArrayList<>();
    final JobsViewModel model;
    Stage stage;

    JobsViewStage(Background background) {
        model = new JobsViewModel(pack, record.getReadOnlyProperty(), change -> record.set(change.apply(record.get())),
                background, opened::add);
    }

    /** Shows what {@code parts} makes of the model, on the JavaFX thread. */
    JobsViewStage show(Function<JobsViewModel, Parent> parts) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(parts.apply(model), 1024, 768);
            scene.getStylesheets().addAll(Theme.stylesheets());
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    String focusOwnerId() {
        Node owner = focusOwner();
        return owner == null ? "(nothing)" : String.valueOf(owner.getId());
    }

    /** A record whose shortlist holds as many jobs as it can, none of them of the test pack. */
    static StudentRecord fullShortlist() {
        StudentRecord full = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_SHORTLIST; i++) {
            full = full.withShortlisted("gone-" + i, "Gone " + i);
        }
        return full;
    }

    static Profile profile(String id) {
        return TestPack.profiles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
