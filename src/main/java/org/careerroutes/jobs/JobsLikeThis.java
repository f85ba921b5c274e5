package org.careerroutes.jobs;

import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Jobs like this": the jobs that share the most with one job, counted in the open so that every
 * suggestion says why. What counts is each related subject they share (as "subjects I like" reads
 * them), each related skill they share (without regard to capitals or punctuation) and each kind
 * of way in they share (university, apprenticeship…, not "other routes"), one each. A job must
 * share at least one subject or skill: every job has some way in. Most shared first; then more
 * subjects, more skills, and title.
 */
public final class JobsLikeThis {

    /** At most this many are suggested. */
    public static final int MOST = 5;

    private JobsLikeThis() {
    }

    /**
     * A job like another, and what they share, each part in the order the other job lists it.
     *
     * @param subjects the shared subjects, as the job shown spells them
     * @param skills   the shared skills, as the job shown spells them
     * @param types    the shared kinds of way in
     */
    public record Similar(JobEntry job, List<String> subjects, List<String> skills, Set<RouteType> types) {
        public Similar {
            Objects.requireNonNull(job, "job");
            subjects = List.copyOf(subjects);
            skills = List.copyOf(skills);
            types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        }

        /** How much they share: what the order is by. */
        public int shared() {
            return subjects.size() + skills.size() + types.size();
        }

        /** What they share, in words: "Maths, Physics; Teamwork; a university course and an apprenticeship". */
        public String reasons() {
            List<String> parts = new ArrayList<>();
            if (!subjects.isEmpty()) {
                parts.add(String.join(", ", subjects));
            }
            if (!skills.isEmpty()) {
                parts.add(String.join(", ", skills));
            }
            List<String> ways = EnumSet.copyOf(types.isEmpty() ? EnumSet.noneOf(RouteType.class) : types).stream()
                    .map(RouteType::phrase).toList();
            if (!ways.isEmpty()) {
                parts.add(Words.joinWith("and", ways));
            }
            return String.join("; ", parts);
        }
    }

    /** Up to {@link #MOST} jobs of the index most like {@code job} (never itself), most alike first. */
    public static List<Similar> of(JobEntry job, JobIndex index) {
        // The job's own subjects with their keys, once each, as it spells them.
        Map<String, String> mySubjects = new java.util.LinkedHashMap<>();
        job.subjects().forEach(subject -> mySubjects.putIfAbsent(JobIndex.subjectKey(subject), subject.strip()));
        Map<String, String> mySkills = job.skills().stream()
                .collect(Collectors.toMap(JobsLikeThis::skillKey, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        Set<RouteType> myTypes = sharable(job.types());
        List<Similar> found = new ArrayList<>();
        for (JobEntry other : index.jobs()) {
            if (other.id().equals(job.id())) {
                continue;
            }
            Set<String> theirSubjects = index.subjectsOf(other);
            List<String> subjects = mySubjects.entrySet().stream().filter(e -> theirSubjects.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            Set<String> theirSkills = other.skills().stream().map(JobsLikeThis::skillKey).collect(Collectors.toSet());
            List<String> skills = mySkills.entrySet().stream().filter(e -> theirSkills.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            if (subjects.isEmpty() && skills.isEmpty()) {
                continue;
            }
            Set<RouteType> types = EnumSet.noneOf(RouteType.class);
            types.addAll(myTypes);
            types.retainAll(other.types());
            found.add(new Similar(other, subjects, skills, types));
        }
        // A stable sort: jobs that tie stay in the index's title order.
        found.sort(Comparator.comparingInt(Similar::shared).reversed()
                .thenComparing(Comparator.comparingInt((Similar s) -> s.subjects().size()).reversed())
                .thenComparing(Comparator.comparingInt((Similar s) -> s.skills().size()).reversed()));
        return List.copyOf(found.subList(0, Math.min(MOST, found.size())));
    }

    private static Set<RouteType> sharable(Set<RouteType> types) {
        Set<RouteType> sharable = EnumSet.noneOf(RouteType.class);
        sharable.addAll(types);
        sharable.remove(RouteType.OTHER);
        return sharable;
    }

    /** A skill as jobs share it: "Attention to detail" and "attention to detail." are one. */
    static String skillKey(String skill) {
        return SubjectCatalogue.normalise(skill);
    }
}
