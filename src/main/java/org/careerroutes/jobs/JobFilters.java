package org.careerroutes.jobs;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a student has asked the Jobs page for: the words typed, and the filters, which combine (a
 * job must pass every one). Within "subjects I like" and "ways in", any one choice is enough.
 *
 * @param subjects     the keys of the subjects liked ({@link JobIndex#subjectKey})
 * @param types        the ways in wanted
 * @param paid         only jobs with a route that pays while you train
 * @param registration only jobs that need registration with a body
 * @param onTrack      only jobs with a route whose usual entry requirements the student meets
 * @param shortlisted  only jobs on the student's shortlist
 */
public record JobFilters(String query, Set<String> subjects, Set<RouteType> types, boolean paid,
                         boolean registration, boolean onTrack, boolean shortlisted) {

    /** Nothing asked for: every job. */
    public static final JobFilters NONE = new JobFilters("", Set.of(), Set.of(), false, false, false, false);

    public JobFilters {
        Objects.requireNonNull(query, "query");
        subjects = Set.copyOf(subjects);
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /** Whether any filter is on (the words typed are not a filter). */
    public boolean anyFilter() {
        return !subjects.isEmpty() || !types.isEmpty() || paid || registration || onTrack || shortlisted;
    }

    public JobFilters withQuery(String words) {
        return new JobFilters(words, subjects, types, paid, registration, onTrack, shortlisted);
    }

    public JobFilters withSubject(String key, boolean liked) {
        Set<String> changed = new TreeSet<>(subjects);
        if (liked) {
            changed.add(key);
        } else {
            changed.remove(key);
        }
        return new JobFilters(query, changed, types, paid, registration, onTrack, shortlisted);
    }

    public JobFilters withType(RouteType type, boolean wanted) {
        Set<RouteType> changed = EnumSet.noneOf(RouteType.class);
        changed.addAll(types);
        if (wanted) {
            changed.add(type);
        } else {
            changed.remove(type);
        }
        return new JobFilters(query, subjects, changed, paid, registration, onTrack, shortlisted);
    }

    public JobFilters withPaid(boolean on) {
        return new JobFilters(query, subjects, types, on, registration, onTrack, shortlisted);
    }

    public JobFilters withRegistration(boolean on) {
        return new JobFilters(query, subjects, types, paid, on, onTrack, shortlisted);
    }

    public JobFilters withOnTrack(boolean on) {
        return new JobFilters(query, subjects, types, paid, registration, on, shortlisted);
    }

    public JobFilters withShortlisted(boolean on) {
        return new JobFilters(query, subjects, types, paid, registration, onTrack, on);
    }

    /** Every filter off; the words typed stay ("Clear all" clears the filters). */
    public JobFilters withoutFilters() {
        return NONE.withQuery(query);
    }

    /**
     * Whether a filter's choice can be changed: one that would show no job cannot be ticked (it
     * would only empty the page), but a ticked one can always be unticked. One rule for every choice.
     */
    public static boolean canChoose(int count, boolean ticked) {
        return ticked || count > 0;
    }
}
