package org.careerroutes.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of the reader's messages, where a tester found them unclear. */
class MessagesTest {

    private static List<String> problems(String json) {
        return ProfileLoader.read("m.json", json).problems().stream()
                .map(p -> (p.isError() ? "" : "warning: ") + p.message()).toList();
    }

    @Test
    void aListWhereABlockGoesSaysWhatABlockIs() {
        String json = builtInWith("\"Your degree should be accredited by the Engineering Council.\"",
                "[\"Your degree should be accredited\", \"by the Engineering Council.\"]");
        assertEquals(List.of("entryRoutes.routes[0].blocks[1] must be a block, not a list ([ ... ]): a block is "
                        + "text (a paragraph), {\"items\": [...]} (a list) or {\"note\": \"...\"}, and lists of blocks "
                        + "cannot be nested"),
                problems(json));
    }

    @Test
    void aWholeNumberTooLargeForTheReaderSaysTheLimit() {
        assertEquals(List.of("formatVersion must be a whole number no larger than 2147483647"),
                problems(builtInWith("\"formatVersion\": 1", "\"formatVersion\": 99999999999")));
        assertEquals(List.of("formatVersion must be a whole number no smaller than -2147483648"),
                problems(builtInWith("\"formatVersion\": 1", "\"formatVersion\": -99999999999")));
        assertEquals(List.of("formatVersion must be a whole number, not 1e3"),
                problems(builtInWith("\"formatVersion\": 1", "\"formatVersion\": 1e3")));
    }

    @Test
    void trueOrFalseIsCalledATrueFalseValue() {
        assertEquals(List.of("title must be text in double quotes, not a true/false value"),
                problems(builtInWith("\"title\": \"Clinical engineer\"", "\"title\": false")));
    }

    @Test
    void aShortUnknownNameGetsNoFarFetchedSuggestion() {
        assertEquals(List.of("warning: unknown field \"x\" in the profile is ignored"),
                problems(builtInWith("\"summary\":", "\"x\": 1,\n  \"summary\":")));
        assertEquals(List.of("warning: unknown field \"tittle\" in the profile is ignored; did you mean \"title\"?"),
                problems(builtInWith("\"summary\":", "\"tittle\": 1,\n  \"summary\":")));
    }

    @Test
    void aSuggestionIsAtMostTwoEditsAndAThirdOfTheLongerName() {
        assertEquals(Optional.empty(), ObjectFields.closest("x", Set.of("id")));
        assertEquals(Optional.empty(), ObjectFields.closest("ab", Set.of("id", "abcd")));
        assertEquals(Optional.of("abcdef"), ObjectFields.closest("abcd", Set.of("id", "abcdef")));
        assertEquals(Optional.of("title"), ObjectFields.closest("Titl", Set.of("id", "title")));
        assertEquals(Optional.empty(), ObjectFields.closest("Titel", Set.of("id", "title")), "two edits in five letters");
        assertEquals(Optional.of("summary"), ObjectFields.closest("sumary", Set.of("source", "summary")));
    }
}
