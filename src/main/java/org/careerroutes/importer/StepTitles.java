package org.careerroutes.importer;

import org.careerroutes.model.Words;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an imported route map's steps: a step's title from a route's own sentence ("Start as
 * a trainee technician"), a later step's by its name, a title in the middle of another or with its
 * article, and a title as an id. Pure wording, apart from the map's shape that {@link RouteMapBuilder}
 * builds.
 */
final class StepTitles {

    private StepTitles() {
    }

    /** The step a route's own sentence names: "Healthcare science practitioner degree apprenticeship", "Start as a …". */
    static String defaultTitle(RouteDraft route, String routeTitle) {
        String what = route.what.replaceFirst("(?i)^(?:an?|the) ", "").strip();
        return switch (route.kind) {
            case UNIVERSITY -> what.isEmpty() || what.equalsIgnoreCase("university course") ? "Degree" : Words.capitalise(what);
            case COLLEGE -> "College course";
            case APPRENTICESHIP -> what.isEmpty() ? "Apprenticeship" : Words.capitalise(what);
            case WORK -> workTitle(what);
            case VOLUNTEERING -> "Volunteering";
            case DIRECT_APPLICATION -> "Apply directly";
            case OTHER -> routeTitle;
        };
    }

    /** "start as a trainee technician and work your way up" as "Start as a trainee technician". */
    private static String workTitle(String what) {
        // "start as a workshop assistant or tyre and exhaust fitter and work your way up": the role ends at "and" and a verb.
        Matcher start = Pattern.compile("(?i)^(start (?:work )?as|begin as|get a job as|work as|join [\\w' -]+ as)"
                + " (?<role>.+?)(?: and (?:then )?(?:work|train|study|learn|get|take|do|move|progress|gain|build|complete"
                + "|become)\\b.*|,.*|\\..*)?$").matcher(what);
        if (start.matches()) {
            return "Start as " + start.group("role").strip();
        }
        Matcher employment = Pattern.compile("(?i)^find (?:employment|work) (?<where>.+?)(?: and .*|,.*|\\..*)?$").matcher(what);
        if (employment.matches()) {
            return "Employment " + employment.group("where").strip();
        }
        return "Start in a junior job";
    }

    /** A step a route names after its own, as a title: "the NHS Scientist Training Programme (STP)" by its name. */
    static String laterStep(String what) {
        int capital = firstCapital(what);
        return capital >= 0 ? RouteFinder.programmeName(what.substring(capital)) : Words.capitalise(what);
    }

    private static int firstCapital(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "Register with the Health and Care Professions Council": the body's name with "the" before it. */
    static String withThe(String name) {
        return name.matches("(?i)^the .*") ? name : "the " + name;
    }

    /** A title as an id: lower-case letters, digits and single hyphens ("NHS Scientist Training Programme (STP)" → "nhs-scientist-training-programme-stp"). */
    static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "step" : slug;
    }

    /** "Level 2 college course" as "level 2 college course" in the middle of a title; names keep their capitals. */
    static String lowerInTitle(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Words.lowerFirst(text);
    }

    /** "A degree apprenticeship": a title's step with its article, starting a sentence. */
    static String withArticle(String noun) {
        return Words.capitalise(Words.withArticle(noun));
    }
}
