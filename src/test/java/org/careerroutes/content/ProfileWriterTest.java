package org.careerroutes.content;

import org.careerroutes.model.BulletList;
import org.careerroutes.model.Paragraph;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer writes what the loader reads: a profile written and read back is the same profile. */
class ProfileWriterTest {

    private static Profile builtIn() {
        return ProfileLoader.loadBuiltIn().profile().orElseThrow();
    }

    @Test
    void theBuiltInProfileWrittenAndReadBackIsTheSameProfile() {
        String written = ProfileWriter.write(builtIn());

        LoadResult again = ProfileLoader.read("written.json", written);

        assertTrue(again.problems().isEmpty(), again.problems()::toString);
        assertEquals(builtIn(), again.profile().orElseThrow());
    }

    @Test
    void itIsLaidOutForPeopleToEditWithTheFieldsInTheFormatsOrder() {
        String written = ProfileWriter.write(builtIn());

        assertTrue(written.startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"clinical-engineer\",\n"), written);
        assertTrue(written.indexOf("\"duties\"") < written.indexOf("\"entryRoutes\""));
        assertTrue(written.indexOf("\"careerPath\"") < written.indexOf("\"routeMap\""));
        assertTrue(written.contains("\"intro\": \"You'll usually need:\""), "apostrophes are written as they are");
        assertTrue(written.contains("grades 9 to 4 (A* to C)"));
        assertTrue(written.endsWith("}\n"));
    }

    @Test
    void linesNotPlacedAreKeptAndTheLoaderWarnsUntilTheyAreMoved() {
        Section kept = new Section("Not placed by the importer", List.of(new Paragraph("Career tips"),
                new BulletList(Optional.empty(), List.of("Join a club", "Read the trade press"))));

        String written = ProfileWriter.write(builtIn(), Optional.of(kept));
        LoadResult again = ProfileLoader.read("imported.json", written);

        assertTrue(again.isValid(), again.problems()::toString);
        assertEquals(builtIn(), again.profile().orElseThrow());
        assertEquals(1, again.warnings().size(), again.problems()::toString);
        String warning = again.warnings().get(0).format();
        assertTrue(warning.contains("\"notPlaced\" keeps 3 lines of the profile's text that the importer could not place"),
                warning);
        assertTrue(warning.contains("move each line into its section"), warning);
    }

    @Test
    void anEmptyNotPlacedSectionIsAnErrorLikeAnyEmptySection() {
        String written = ProfileWriter.write(builtIn(), Optional.of(new Section("Not placed", List.of())));
        LoadResult again = ProfileLoader.read("imported.json", written);
        assertFalse(again.isValid());
    }
}
