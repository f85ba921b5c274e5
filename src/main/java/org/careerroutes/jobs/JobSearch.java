package org.careerroutes.jobs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Search as you type across jobs: a job matches when every word typed starts a word of its title,
 * summary, duties, skills or subjects ("bio" finds "biology", "nurs" finds "nurse" and "nursing"),
 * without regard to capitals or accents. Where a job matched, and which words of a text to mark, are
 * worked out here too, so that the page marks exactly what matched.
 */
public final class JobSearch {

    /** A run of letters or digits: what a word is, to search and to mark. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private JobSearch() {
    }

    /** The words of a search as typed, each once, made comparable; none for a blank search. */
    public static List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        var matcher = WORD.matcher(Objects.requireNonNull(query));
        while (matcher.find()) {
            words.add(fold(matcher.group()));
        }
        return List.copyOf(words);
    }

    /** Every word of a text in the order written, repeats kept, made comparable: a title's words to start with. */
    static List<String> inOrder(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(fold(matcher.group()));
        }
        return List.copyOf(words);
    }

    /** A word as it is compared: lower case, without accents. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.UK);
        boolean plain = lower.chars().allMatch(c -> c < 0x80);
        return plain ? lower : ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The distinct words of these texts, folded and sorted, to be searched by prefix. */
    static String[] vocabulary(List<String> texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            var matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(fold(matcher.group()));
            }
        }
        return words.toArray(String[]::new);
    }

    /** Whether a sorted vocabulary has a word that starts with {@code prefix}. */
    static boolean hasPrefix(String[] vocabulary, String prefix) {
        int at = Arrays.binarySearch(vocabulary, prefix);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        return next < vocabulary.length && vocabulary[next].startsWith(prefix);
    }

    /** Whether a text has a word that starts with any of the search's words. */
    public static boolean mentions(String text, List<String> words) {
        return !marks(text, words).isEmpty();
    }

    /** A run of a text to mark: characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Mark(int start, int end) {
    }

    /**
     * The words of {@code text} that a search matched, in order, each marked whole where it starts
     * with a word of the search ("bio" marks all of "Biology"), so the reader sees why a job is there.
     */
    public static List<Mark> marks(String text, List<String> words) {
        List<Mark> marks = new ArrayList<>();
        if (words.isEmpty()) {
            return marks;
        }
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            String folded = fold(matcher.group());
            if (words.stream().anyMatch(folded::startsWith)) {
                marks.add(new Mark(matcher.start(), matcher.end()));
            }
        }
        return marks;
    }

    /**
     * Where a job matched a search, beyond its title and summary (which a card shows): the first
     * of its duties, skills and subjects that has a word of the search the title and summary do
     * not, to be shown on its card with the word marked.
     *
     * @param field "What you'll do", "Skills" or "Subjects"
     * @param text  the duty, skill or subject, as the profile has it
     */
    public record Found(String field, String text) {
    }

    /** Where a job matched beyond its title and summary, if it did; empty when those show every word. */
    public static Optional<Found> foundBeyondCard(JobEntry job, List<String> words) {
        String[] card = vocabulary(List.of(job.title(), job.summary()));
        List<String> elsewhere = words.stream().filter(word -> !hasPrefix(card, word)).toList();
        if (elsewhere.isEmpty()) {
            return Optional.empty();
        }
        for (String word : elsewhere) {
            List<String> one = List.of(word);
            Optional<Found> found = first("Subjects", job.subjects(), one)
                    .or(() -> first("Skills", job.skills(), one))
                    .or(() -> first("What you'll do", job.duties(), one));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> first(String field, List<String> texts, List<String> words) {
        return texts.stream().filter(text -> mentions(text, words)).findFirst().map(text -> new Found(field, text));
    }
}
