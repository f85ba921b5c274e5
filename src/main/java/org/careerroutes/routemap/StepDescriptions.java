package org.careerroutes.routemap;

import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.StepDuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words that describe a step to someone who cannot see the map: read by screen readers
 * and shown in the list view.
 */
public final class StepDescriptions {

    private StepDescriptions() {
    }

    /**
     * "Step 2 of 4: NHS Scientist Training Programme (STP), 3 years" when the step is on the
     * chosen pathway; otherwise its title, kind, stage and duration.
     */
    public static String accessibleText(RouteMap map, MapNode node, Optional<Pathway> pathway) {
        String duration = node.duration().map(d -> ", " + d.text()).orElse("");
        if (pathway.isPresent()) {
            int index = pathway.get().steps().indexOf(node.id());
            if (index >= 0) {
                return "Step " + (index + 1) + " of " + pathway.get().steps().size() + ": " + node.title() + duration;
            }
        }
        String stage = map.stage(node.stage()).map(s -> s.title()).orElse(node.stage());
        return node.title() + ". " + node.kind().label() + ", " + stage + " stage" + duration;
    }

    /** A pathway's total known time and whether any step's time is unknown. */
    public record Timeline(int knownMonths, List<String> stepsWithoutDuration) {

        /** E.g. "About 8 years, adding up the usual length of each step", saying what is left out. */
        public String describe() {
            if (knownMonths == 0) {
                return "No usual length is known for these steps";
            }
            String sum = "About " + yearsAndMonths() + ", adding up the usual length of each step";
            return stepsWithoutDuration.isEmpty() ? sum
                    : sum + "; not counted, as it has no usual length: " + String.join(", ", stepsWithoutDuration);
        }

        /** The known months in words: "5 years", "1 year and 6 months", "9 months". */
        private String yearsAndMonths() {
            return knownMonths % 12 == 0
                    ? plural(knownMonths / 12, "year")
                    : (knownMonths >= 12 ? plural(knownMonths / 12, "year") + " and " : "")
                    + plural(knownMonths % 12, "month");
        }

        /** The total alone, for a compact bar: "About 5 years" (or that none is known). */
        public String total() {
            if (knownMonths == 0) {
                return "Length not known";
            }
            return "About " + yearsAndMonths() + (stepsWithoutDuration.isEmpty() ? "" : " (some steps not counted)");
        }

        private static String plural(int n, String unit) {
            return n + " " + unit + (n == 1 ? "" : "s");
        }
    }

    /**
     * Adds up the usual lengths of a pathway's steps. Steps that are a status rather than a
     * course (registration, the job itself) are not counted as missing.
     */
    public static Timeline timeline(RouteMap map, Pathway pathway) {
        int months = 0;
        List<String> unknown = new ArrayList<>();
        for (String step : pathway.steps()) {
            MapNode node = map.node(step).orElseThrow();
            Optional<StepDuration> duration = node.duration();
            if (duration.isPresent()) {
                months += duration.get().months();
            } else if (takesTime(node)) {
                unknown.add(node.title());
            }
        }
        return new Timeline(months, List.copyOf(unknown));
    }

    private static boolean takesTime(MapNode node) {
        return switch (node.kind()) {
            case TRAINING, EMPLOYMENT, EXPERIENCE -> true;
            // A course without a usual length (a degree in a profile made from text) is not a moment,
            // and leaving it out unsaid would give too short a total. GCSEs are the school years a
            // student is in, as Compare routes counts them too.
            case QUALIFICATION -> !node.id().equals("gcses");
            default -> false;
        };
    }
}
