package org.careerroutes.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.careerroutes.content.ProfileLoaderTest.builtInWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks of the content itself: route groups kept together, no month checked in the future. */
class ContentChecksTest {

    private static String withRoutes(Consumer<JsonArray> change) {
        JsonObject profile = JsonParser.parseString(TestProfiles.builtInJson()).getAsJsonObject();
        change.accept(profile.getAsJsonObject("entryRoutes").getAsJsonArray("routes"));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(profile);
    }

    private static void swap(JsonArray array, int i, int j) {
        array.set(i, array.set(j, array.get(i)));
    }

    private static void reorder(JsonArray routes, String... ids) {
        List<JsonElement> byId = java.util.Arrays.stream(ids).map(id -> routes.asList().stream()
                .filter(r -> r.getAsJsonObject().get("id").getAsString().equals(id)).findFirst().orElseThrow()).toList();
        for (int i = 0; i < byId.size(); i++) {
            routes.set(i, byId.get(i));
        }
    }

    private static List<String> problems(String json) {
        return ProfileLoader.read("c.json", json).problems().stream()
                .map(p -> (p.isError() ? "" : "warning: ") + p.message()).toList();
    }

    /** Reads with a fixed "this month", so the test does not depend on the clock. */
    private static List<Problem> readIn(YearMonth thisMonth, String json) throws JsonTreeParser.SyntaxError {
        Problems problems = new Problems("c.json");
        new ProfileReader(problems, thisMonth).read(JsonTreeParser.parse(json, problems));
        return problems.sorted();
    }

    @Test
    void aGroupSplitByAnotherRouteIsAWarningAtTheRouteThatRestartsIt() {
        // university, apprenticeship, then "Other routes": practitioner-training, private-sector
        String json = withRoutes(routes -> swap(routes, 1, 2));
        LoadResult result = ProfileLoader.read("c.json", json);

        assertTrue(result.isValid(), "a warning: the profile still loads");
        assertEquals(List.of("warning: group \"Other routes\" is split: routes in one group must be next to each other"),
                problems(json));
        Problem warning = result.warnings().get(0);
        int index = json.lastIndexOf("\"Other routes\"");
        assertEquals(json.substring(0, index).lines().count(), warning.line());
        assertEquals(index - json.lastIndexOf('\n', index), warning.column());
    }

    @Test
    void aGroupSplitManyTimesIsReportedOnce() {
        String json = withRoutes(routes -> {
            JsonObject another = routes.get(2).deepCopy().getAsJsonObject();
            another.addProperty("id", "another");
            routes.add(another);
            reorder(routes, "practitioner-training", "university", "private-sector", "apprenticeship", "another");
        });
        assertEquals(List.of("warning: group \"Other routes\" is split: routes in one group must be next to each other"),
                problems(json));
    }

    @Test
    void groupsNextToEachOtherAreFine() {
        String json = withRoutes(routes -> {
            routes.get(0).getAsJsonObject().addProperty("group", "Degrees");
            routes.get(1).getAsJsonObject().addProperty("group", "Degrees");
        });
        assertEquals(List.of(), problems(json));
        Profile profile = ProfileLoader.read("c.json", json).profile().orElseThrow();
        assertEquals(Optional.of("Degrees"), profile.entryRoutes().routes().get(1).group());
    }

    @Test
    void aMonthCheckedInTheFutureIsAnError() {
        String fact = builtInWith("\"checked\": \"2026-11\"\n", "\"checked\": \"2999-01\"\n");
        String checkpoint = builtInWith("\"checked\": \"2026-11\",", "\"checked\": \"2999-02\",");
        String salary = builtInWith("\"source\": {",
                "\"salary\": { \"text\": \"t\", \"source\": \"s\", \"checked\": \"2999-12\" },\n  \"source\": {");
        assertEquals(List.of("\"checked\" is \"2999-01\", which is in the future: give the month it was last checked"),
                problems(fact));
        assertEquals(List.of("\"checked\" is \"2999-02\", which is in the future: give the month it was last checked"),
                problems(checkpoint));
        assertEquals(List.of("\"checked\" is \"2999-12\", which is in the future: give the month it was last checked"),
                problems(salary));
    }

    @Test
    void thisMonthIsNotInTheFutureButNextMonthIs() throws JsonTreeParser.SyntaxError {
        String json = builtInWith("\"checked\": \"2026-11\"", "\"checked\": \"2027-01\"");
        assertEquals(List.of(), readIn(YearMonth.of(2027, 1), json));
        List<Problem> problems = readIn(YearMonth.of(2026, 12), json);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("which is in the future"));
        int index = json.indexOf("\"2027-01\"");
        assertEquals(json.substring(0, index).lines().count(), problems.get(0).line());
    }
}
