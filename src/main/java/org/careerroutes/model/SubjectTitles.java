package org.careerroutes.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a degree's title the way UK universities write it, into {@link SubjectReading}: the award
 * and "(Hons)" anywhere ("BSc (Hons) Physics", "Physics BSc Hons", "MEng Mechanical Engineering"),
 * singular or plural ("Biomedical Sciences"), the words of a subject in either order ("Electronic
 * and Electrical Engineering"), a bracket that does not change the subject ("Mechanical
 * engineering (accredited)"), "with" a part that is not a subject ("with a Year in Industry"), and
 * joint honours: "X and Y" (two equal main subjects, "Mathematics and Physics"; "Mechanical and
 * Electrical Engineering" shares its last word) and "X with Y" (X the main subject, Y the second).
 * Pure: no screen. Used for degrees, master's and doctorates, foundation degrees and HNDs; school
 * subjects are matched by their names alone (see {@link SubjectCatalogue#find}).
 */
final class SubjectTitles {

    /**
     * The award and the words around a subject in a title, longest first so that "bachelor of
     * science" goes before "science" could be left alone; matched as whole words.
     */
    private static final List<String> AWARD_WORDS = List.of(
            "bachelor of science", "bachelor of engineering", "bachelor of arts", "master of engineering",
            "master of science", "master of physics", "master of mathematics", "master of research",
            "master of philosophy", "doctor of philosophy", "higher national diploma", "foundation degree",
            "integrated master s", "integrated masters", "with honours", "with honors", "first degree", "by research",
            "ba", "bsc", "beng", "meng", "msci", "mphys", "mmath", "mchem", "msc", "ma", "mres", "mphil", "phd",
            "dphil", "res", "fda", "fdsc", "fdeng", "hnd", "hons", "honours", "honors", "degree");
    private static final Pattern AWARDS = Pattern.compile("\\b(" + String.join("|", AWARD_WORDS) + ")\\b");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    /** The award words as a student types them, any case, "master's" with its apostrophe. */
    private static final Pattern AWARD_AS_TYPED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])("
            + String.join("|", AWARD_WORDS).replace(" s", "'?s") + ")(?![\\p{L}\\p{N}])");

    private SubjectTitles() {
    }

    /** What a title reads as, among {@code subjects} (those of the kind of qualification entered). */
    static SubjectReading read(String typed, List<Subject> subjects) {
        Optional<Subject> whole = match(clean(typed), subjects)
                .or(() -> match(clean(BRACKETS.matcher(typed).replaceAll(" ")), subjects));
        if (whole.isPresent()) {
            return SubjectReading.of(whole.get());
        }
        String plain = clean(BRACKETS.matcher(typed).replaceAll(" "));
        int with = plain.indexOf(" with ");
        if (with < 0) {
            return joint(plain, subjects).orElseGet(() -> SubjectReading.unknown(withoutAward(typed)));
        }
        String head = plain.substring(0, with);
        String tail = plain.substring(with + " with ".length());
        Optional<SubjectReading> main = joint(head, subjects);
        // "with a Year in Industry", "with Foundation Year": not a subject, so not part of the degree's name.
        Optional<Subject> second = match(tail, subjects);
        if (main.isPresent()) {
            SubjectReading reading = main.get();
            String name = reading.name() + second.map(s -> " with " + SubjectCatalogue.phrase(s.id())).orElse("");
            return new SubjectReading(reading.main(), second, reading.unknownMain(), name);
        }
        if (second.isPresent()) {
            return new SubjectReading(List.of(), second, List.of(head),
                    Words.capitalise(head + " with " + SubjectCatalogue.phrase(second.get().id())));
        }
        return SubjectReading.unknown(withoutAward(typed));
    }

    /**
     * A title we do not know, as typed but without its award: "BA (Hons) History" is shown as
     * "History", so that it reads in a sentence; a bracket of its own words is set off by a comma
     * ("Archaeology (Underwater)" as "Archaeology, Underwater"), so no bracket stands inside another.
     */
    static String withoutAward(String typed) {
        String text = BRACKETS.matcher(typed).replaceAll(match -> clean(match.group()).isEmpty() ? " "
                : ", " + java.util.regex.Matcher.quoteReplacement(match.group().substring(1, match.group().length() - 1)));
        String left = AWARD_AS_TYPED.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").replace(" ,", ",").strip()
                .replaceFirst("(?i)^in ", "").replaceFirst("^[,;:\\-\\s]+", "").replaceFirst("[,;:\\-\\s]+$", "");
        return left.isEmpty() ? typed.strip() : left;
    }

    /**
     * "mathematics and physics": each part a main subject, a part we do not know kept in words; a
     * part that is only a word ("mechanical" in "mechanical and electrical engineering") takes the
     * last word of the title. Empty when no part is a subject we know.
     */
    private static Optional<SubjectReading> joint(String text, List<Subject> subjects) {
        List<String> parts = Arrays.stream(text.split(" and ")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String lastWord = parts.get(parts.size() - 1).replaceFirst(".* ", "");
        List<Subject> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            Optional<Subject> subject = match(part, subjects);
            if (subject.isEmpty() && i < parts.size() - 1 && !part.endsWith(" " + lastWord)) {
                subject = match(part + " " + lastWord, subjects);
            }
            if (subject.isPresent() && !known.contains(subject.get())) {
                known.add(subject.get());
                shown.add(SubjectCatalogue.phrase(subject.get().id()));
            } else if (subject.isEmpty()) {
                unknown.add(part);
                shown.add(part);
            }
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String name = known.size() == 1 && unknown.isEmpty() ? known.get(0).name()
                : Words.capitalise(String.join(" and ", shown));
        return Optional.of(new SubjectReading(known, Optional.empty(), unknown, name));
    }

    /**
     * The subject whose name or other name this is: word for word, each word singular
     * ("sciences" as "science"), or the same words in another order.
     */
    private static Optional<Subject> match(String text, List<Subject> subjects) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String key = key(text);
        String bag = bag(text);
        Optional<Subject> inOrder = subjects.stream().filter(s -> spellings(s).keys().contains(key)).findFirst();
        return inOrder.or(() -> subjects.stream().filter(s -> spellings(s).bags().contains(bag)).findFirst());
    }

    /** A subject's name and other names, as keys and as bags of words, worked out once. */
    private record Spellings(List<String> keys, List<String> bags) {
    }

    private static final java.util.Map<String, Spellings> SPELLINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Spellings spellings(Subject subject) {
        return SPELLINGS.computeIfAbsent(subject.id(), id -> {
            List<String> names = new ArrayList<>();
            names.add(subject.name());
            names.addAll(subject.aliases());
            return new Spellings(names.stream().map(SubjectTitles::key).toList(),
                    names.stream().map(SubjectTitles::bag).toList());
        });
    }

    /** The title as words: lower case, the award, "(Hons)" and a leading "in" dropped. */
    static String clean(String typed) {
        String words = AWARDS.matcher(SubjectCatalogue.normalise(typed)).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return words.replaceFirst("^in ", "");
    }

    /** Each word singular, for comparing: "biomedical sciences" as "biomedical science". */
    private static String key(String text) {
        return String.join(" ", Arrays.stream(clean(text).split(" ")).map(SubjectTitles::singular).toList());
    }

    /** The words in any order, "and" aside: "electronic and electrical engineering" as "electrical and electronic". */
    private static String bag(String text) {
        return String.join(" ", Arrays.stream(key(text).split(" ")).filter(w -> !w.equals("and")).sorted().toList());
    }

    /**
     * A plural word as singular, the same way on both sides of a comparison, so that it need not be
     * right English: "sciences" and "science" both come out "science", "physics" as "physic".
     */
    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
