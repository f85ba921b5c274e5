package org.careerroutes.importer.view;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.kit.Background;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New profile from text's view model, its background work run at once on the test's thread. */
class ImportModelTest {

    private static final Path SEED = Path.of("src/test/resources/seed/clinical-engineer-profile.txt");

    @TempDir
    Path dir;

    private final List<Profile> opened = new ArrayList<>();
    private final ImportModel model = new ImportModel(Background.sameThread(), (profile, file) -> opened.add(profile));

    @Test
    void makingThenSavingWritesAProfileTheLoaderReadsAndOpensIt() throws IOException {
        assertFalse(model.canMake().get(), "nothing to make from yet");
        model.textProperty().set(Files.readString(SEED));
        assertTrue(model.canMake().get());
        assertFalse(model.canSave().get());

        model.make();

        assertEquals("clinical-engineer.json", model.suggestedName());
        assertTrue(model.canSave().get());
        assertTrue(model.reportProperty().get().contains("Routes found: 4"));
        assertTrue(model.statusProperty().get().startsWith("Made \u201cClinical engineer\u201d: 4 routes;"));
        assertFalse(model.problemProperty().get());

        Path file = dir.resolve(model.suggestedName());
        model.saveAndOpen(file);

        assertEquals(file, model.savedProperty().get());
        assertEquals(List.of(ProfileLoader.loadFile(file).profile().orElseThrow()), opened);
        assertEquals("Saved to " + file + " and opened.", model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void anEditAfterMakingMeansMakingAgain() throws IOException {
        model.textProperty().set(Files.readString(SEED));
        model.make();
        model.textProperty().set(model.textProperty().get() + "\nA line more.");
        assertNull(model.madeProperty().get());
        assertFalse(model.canSave().get());
        assertEquals("The text has changed: make the profile again to see it.", model.statusProperty().get());
        model.saveAndOpen(dir.resolve("x.json"));
        assertFalse(Files.exists(dir.resolve("x.json")), "nothing saved for a text not made");
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAndNothingIsOpened() throws IOException {
        model.textProperty().set(Files.readString(SEED));
        model.make();
        Path file = Files.writeString(dir.resolve("a-file"), "x").resolve("profile.json");
        model.saveAndOpen(file);
        assertTrue(model.problemProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Not saved: " + file + ": "), model.statusProperty().get());
        assertTrue(model.canSave().get(), "the profile is still there to save elsewhere");
        assertEquals(List.of(), opened);
    }

    @Test
    void anOpenedAnsiFileIsReadAndNamed() throws IOException {
        Path ansi = Files.write(dir.resolve("ce.txt"), Files.readString(SEED).getBytes(Charset.forName("windows-1252")));
        model.openTextFile(ansi);
        assertTrue(model.textProperty().get().contains("\u2022 a university course"), "bullets read as bullets");
        assertEquals(ansi.toString(), model.sourceProperty().get());
        model.make();
        assertTrue(model.reportProperty().get().startsWith("Importing " + ansi), "the report names the file");
        model.textProperty().set("edited");
        assertEquals(ImportModel.PASTED, model.sourceProperty().get(), "once edited, it is the text on screen");
    }
}
