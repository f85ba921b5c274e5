package org.careerroutes.content;

import org.careerroutes.model.EntryRoute;
import org.careerroutes.model.Note;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Note blocks: words of our own, kept apart from the profile's. */
class NoteBlockTest {

    private static final String ADDED = "{ \"note\": \"Usually a degree first, as on the university route above.\" }";

    @Test
    void theBuiltInProfileMarksTheWordsItAddsAsANote() {
        Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        EntryRoute privateSector = profile.entryRoutes().route("private-sector").orElseThrow();
        assertEquals(List.of(new Note("Usually a degree first, as on the university route above.")),
                privateSector.entryRequirements().blocks());
    }

    @Test
    void aNotesTextIsItsOnlyText() {
        assertEquals(List.of("ours"), new Note("ours").texts());
    }

    @Test
    void aBlankNoteIsAnError() {
        LoadResult result = ProfileLoader.read("note.json", builtInWith(ADDED, "{ \"note\": \" \" }"));
        assertEquals(1, result.errors().size(), result.problems()::toString);
        assertTrue(result.errors().get(0).message().endsWith("entryRequirements.blocks[0].note must not be blank"),
                result.errors().get(0)::format);
    }

    @Test
    void aNoteThatIsNotTextIsAnError() {
        LoadResult result = ProfileLoader.read("note.json", builtInWith(ADDED, "{ \"note\": 7 }"));
        assertEquals(1, result.errors().size(), result.problems()::toString);
        assertTrue(result.errors().get(0).message().contains("note must be text"), result.errors().get(0)::format);
    }

    @Test
    void aNoteWithAnotherFieldIsAnErrorAtThatField() {
        String json = builtInWith(ADDED, "{ \"note\": \"ours\", \"items\": [\"x\"] }");
        LoadResult result = ProfileLoader.read("note.json", json);
        assertEquals(1, result.problems().size(), result.problems()::toString);
        Problem error = result.errors().get(0);
        assertEquals("\"items\" cannot be used in a note block, which has only the field \"note\"", error.message());
        int index = json.indexOf("\"items\": [\"x\"]");
        assertEquals(json.substring(0, index).lines().count(), error.line());
        assertEquals(index - json.lastIndexOf('\n', index), error.column());
    }

    @Test
    void aBlockOfTheWrongKindNamesTheNoteToo() {
        LoadResult result = ProfileLoader.read("note.json", builtInWith(ADDED, "true"));
        assertTrue(result.errors().get(0).message().contains("or a note ({\"note\": \"...\"})"),
                result.errors().get(0)::format);
    }
}
