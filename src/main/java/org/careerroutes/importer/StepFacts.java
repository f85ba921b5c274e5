package org.careerroutes.importer;

import org.careerroutes.model.Block;
import org.careerroutes.model.PaidWhileTraining;
import org.careerroutes.model.StepDuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a route's own text says of a step, for the route map and Compare routes: how long it
 * takes ("Full-time courses usually take 3 years", "the three-year programme"), and whether a
 * student is paid while doing it ("you'll be employed"; an apprenticeship or a job always is).
 * A length is given only where the text gives exactly one (or one for full-time study); a range
 * or several lengths give none, and the step's length then "varies".
 */
final class StepFacts {

    private static final String NUMBERS = "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen";
    private static final Pattern LENGTH = Pattern.compile("\\b(?<about>about |around |roughly |approximately )?(?<n>"
            + NUMBERS + ")[- ](?<unit>year|month)s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("\\b(?:" + NUMBERS + ")(?: to | and | or |-)(?:" + NUMBERS
            + ") (?:year|month)s?\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence that says how long something takes, not how much experience it asks for. */
    private static final Pattern TAKES = Pattern.compile("\\b(?:takes?|taking|lasts?|long|-year|-month)\\b|\\w-(?:year|month)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPLOYED = Pattern.compile("\\b(?:you'?ll|you will) (?:be )?(?:employed|paid|earn)\\w*",
            Pattern.CASE_INSENSITIVE);

    /** Where the apprentice's pay comes from: true of every apprenticeship in England. */
    static final String APPRENTICE_PAY = "GOV.UK, \u201cBecome an apprentice\u201d (pay and conditions): apprentices are "
            + "employees, paid at least the apprentice rate of the National Minimum Wage";

    private StepFacts() {
    }

    /** Whether a step is paid, where the text says so ("you'll be employed") or the step is an apprenticeship or a job. */
    static Optional<PaidWhileTraining> paid(RouteKind kind, List<Piece> pieces) {
        for (Piece piece : pieces) {
            for (Block block : List.of(piece.block())) {
                for (String text : block.texts()) {
                    Matcher m = EMPLOYED.matcher(SourceText.plain(text));
                    if (m.find()) {
                        return Optional.of(new PaidWhileTraining(true, "Employed while you train",
                                "The profile (\u201c" + m.group() + "\u201d)"));
                    }
                }
            }
        }
        return switch (kind) {
            case APPRENTICESHIP -> Optional.of(new PaidWhileTraining(true, "Paid work as an apprentice", APPRENTICE_PAY));
            case WORK -> Optional.of(new PaidWhileTraining(true, "Paid work in a job while you work your way up",
                    "The profile: this route starts in a job"));
            default -> Optional.empty();
        };
    }

    static Optional<StepDuration> lengthIn(List<String> lengths, List<Piece> pieces, String title) {
        List<String> sentences = new ArrayList<>();
        for (Piece piece : pieces) {
            for (String text : piece.block().texts()) {
                for (String sentence : text.split("(?<=[.!?])\\s+")) {
                    if (TAKES.matcher(sentence).find()) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        List<StepDuration> found = new ArrayList<>();
        List<StepDuration> fullTime = new ArrayList<>();
        for (String sentence : sentences) {
            if (RANGE.matcher(sentence).find()) {
                lengths.add(title + ": \u201c" + sentence + "\u201d gives a range, so no length is given");
                return Optional.empty();
            }
            Matcher m = LENGTH.matcher(sentence);
            while (m.find()) {
                int n = RequirementPhrasings.number(m.group("n").equals("eighteen") ? "18" : m.group("n"));
                boolean years = m.group("unit").equalsIgnoreCase("year");
                int months = years ? n * 12 : n;
                String text = (m.group("about") != null ? "about " : "") + n + " " + m.group("unit").toLowerCase(Locale.ROOT)
                        + (n == 1 ? "" : "s");
                StepDuration duration = new StepDuration(text, months, Optional.empty());
                found.add(duration);
                if (sentence.toLowerCase(Locale.ROOT).contains("full-time")) {
                    fullTime.add(duration);
                }
            }
        }
        List<Integer> distinct = found.stream().map(StepDuration::months).distinct().toList();
        if (distinct.size() == 1 && distinct.get(0) <= 240) {
            lengths.add(title + ": " + found.get(0).text() + ", from the text");
            return Optional.of(found.get(0));
        }
        if (distinct.size() > 1 && fullTime.size() == 1 && fullTime.get(0).months() <= 240) {
            lengths.add(title + ": " + fullTime.get(0).text() + " (full-time), from the text");
            return Optional.of(fullTime.get(0));
        }
        lengths.add(title + (distinct.size() > 1 ? ": the text gives several lengths, so none is given"
                : ": length varies (the text does not say how long it takes)"));
        return Optional.empty();
    }
}
