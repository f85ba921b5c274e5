package org.careerroutes.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When the structure is wrong, one problem says so: the facts and route-map links that name
 * route ids do not each get an error of their own, and a field in the wrong place is named as
 * such.
 */
class WrongStructureTest {

    /** The built-in profile, changed as a tree. */
    private static String builtInChanged(Consumer<JsonObject> change) {
        JsonObject profile = JsonParser.parseString(TestProfiles.builtInJson()).getAsJsonObject();
        change.accept(profile);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(profile);
    }

    private static List<String> problems(String json) {
        return ProfileLoader.read("p.json", json).problems().stream()
                .map(p -> (p.isError() ? "" : "warning: ") + p.message()).toList();
    }

    @Test
    void missingEntryRoutesIsOneError() {
        assertEquals(List.of("missing required field \"entryRoutes\" in the profile"),
                problems(builtInChanged(p -> p.remove("entryRoutes"))));
    }

    @Test
    void entryRoutesThatIsNotAnObjectIsOneError() {
        assertEquals(List.of("entryRoutes must be an object ({ ... }), not a list"),
                problems(builtInChanged(p -> p.add("entryRoutes", new JsonArray()))));
    }

    @Test
    void routesWrittenAtTheTopLevelAreOneErrorAndAWarningThatSaysWhereTheyBelong() {
        String json = builtInChanged(p -> {
            JsonElement routes = p.getAsJsonObject("entryRoutes").remove("routes");
            p.add("routes", routes);
        });
        assertEquals(List.of("missing required field \"routes\" in entryRoutes",
                        "warning: unknown field \"routes\" in the profile is ignored; \"routes\" belongs inside \"entryRoutes\""),
                problems(json));
    }

    @Test
    void aRouteWhoseIdIsNotTextIsOneError() {
        String json = builtInChanged(p -> p.getAsJsonObject("entryRoutes").getAsJsonArray("routes")
                .get(3).getAsJsonObject().addProperty("id", 4));
        assertEquals(List.of("entryRoutes.routes[3].id must be text in double quotes, not a number"), problems(json));
    }

    @Test
    void withEveryRouteIdKnownAnUnknownLinkIsStillAnError() {
        String json = builtInChanged(p -> p.getAsJsonObject("routeMap").getAsJsonArray("nodes")
                .get(2).getAsJsonObject().addProperty("link", "universty"));
        assertEquals(1, problems(json).size(), problems(json)::toString);
        assertEquals(true, problems(json).get(0).startsWith("link \"universty\" is not a route id or a section"));
    }

    @Test
    void aListFieldInARouteSaysWhereItBelongs() {
        String json = builtInChanged(p -> {
            JsonArray items = new JsonArray();
            items.add("A levels");
            p.getAsJsonObject("entryRoutes").getAsJsonArray("routes").get(0).getAsJsonObject().add("items", items);
        });
        assertEquals(List.of("warning: unknown field \"items\" in entryRoutes.routes[0] is ignored; \"items\" belongs "
                + "inside a list block ({\"intro\": \"...\", \"items\": [...]})"), problems(json));
    }

    @Test
    void aFieldOfTheRightObjectSpelledWrongStillGetsASuggestion() {
        String json = builtInChanged(p -> p.getAsJsonObject("entryRoutes").add("route",
                p.getAsJsonObject("entryRoutes").remove("routes")));
        assertEquals(List.of("missing required field \"routes\" in entryRoutes",
                        "warning: unknown field \"route\" in entryRoutes is ignored; did you mean \"routes\"?"),
                problems(json));
    }

    @Test
    void everyFieldOfTheBuiltInProfileHasAHomeOrIsShared() {
        TreeSet<String> homeless = new TreeSet<>();
        Deque<JsonElement> todo = new ArrayDeque<>(List.of(JsonParser.parseString(TestProfiles.builtInJson())));
        while (!todo.isEmpty()) {
            JsonElement element = todo.pop();
            if (element.isJsonObject()) {
                element.getAsJsonObject().entrySet().forEach(member -> {
                    if (FieldHomes.of(member.getKey()).isEmpty() && !FieldHomes.SHARED.contains(member.getKey())) {
                        homeless.add(member.getKey());
                    }
                    todo.push(member.getValue());
                });
            } else if (element.isJsonArray()) {
                element.getAsJsonArray().forEach(todo::push);
            }
        }
        assertEquals(new TreeSet<>(), homeless);
    }
}
