package org.careerroutes.jobs;

import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The jobs on offer, as the Jobs page finds them: sorted by title, each job's words ready to be
 * searched, its subjects read as the subjects "Am I on track?" knows where it can ("Mathematics"
 * and "Maths" are one), and {@link #select} to pick the jobs a search and filters ask for, with
 * the count beside every filter's choices. Immutable: made once per set of jobs.
 */
public final class JobIndex {

    /** A subject a student may like: the key jobs share it by, and the name shown. */
    public record SubjectChoice(String key, String label) {
    }

    /**
     * The jobs a search and filters picked, in the order shown, with the words searched for, and
     * how many jobs each filter's choices would show.
     */
    public record Selection(List<JobEntry> jobs, List<String> words, Counts counts) {
        public Selection {
            jobs = List.copyOf(jobs);
            words = List.copyOf(words);
        }
    }

    /**
     * Beside each choice, how many jobs it would show with every other filter as it is (and the
     * search): ticking "Biology" with "Apprenticeship" ticked shows the biology count among
     * apprenticeship jobs.
     */
    public record Counts(Map<String, Integer> subjects, Map<RouteType, Integer> types, int paid, int registration,
                         int onTrack, int shortlisted) {
        public Counts {
            subjects = Map.copyOf(subjects);
            types = Collections.unmodifiableMap(new EnumMap<>(types.isEmpty() ? new EnumMap<>(RouteType.class) : types));
        }

        public int subject(String key) {
            return subjects.getOrDefault(key, 0);
        }

        public int type(RouteType type) {
            return types.getOrDefault(type, 0);
        }
    }

    /**
     * @param titleWords   the title's distinct words, sorted, to be searched by prefix
     * @param titleInOrder the title's words in the order they are written, for "the title starts with what was typed"
     */
    private record Indexed(JobEntry job, String[] words, String[] titleWords, List<String> titleInOrder,
                           Set<String> subjects, Set<RouteType> types) {
    }

    private final List<Indexed> jobs;
    private final Map<String, Indexed> byId = new HashMap<>();
    private final List<SubjectChoice> subjects;

    /** The jobs given, sorted by title (without regard to capitals), then id. */
    public JobIndex(List<JobEntry> entries) {
        this(entries, null);
    }

    /**
     * As {@link #JobIndex(List)}, reusing what {@code previous} (may be null) worked out for the same
     * jobs: a folder read a few hundred files at a time is indexed once per job, not once per batch.
     */
    public JobIndex(List<JobEntry> entries, JobIndex previous) {
        Map<JobEntry, Indexed> done = new java.util.IdentityHashMap<>();
        if (previous != null) {
            previous.jobs.forEach(each -> done.put(each.job(), each));
        }
        Collator collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        Map<String, String> keys = new HashMap<>();
        Map<String, String> labels = new TreeMap<>();
        List<Indexed> indexed = new ArrayList<>();
        for (JobEntry job : entries.stream().sorted(Comparator.comparing(JobEntry::title, collator)
                .thenComparing(JobEntry::id)).toList()) {
            Indexed each = done.get(job);
            if (each == null) {
                Set<String> subjectKeys = new LinkedHashSet<>();
                job.subjects().forEach(subject -> subjectKeys.add(keys.computeIfAbsent(subject, JobIndex::subjectKey)));
                List<String> texts = new ArrayList<>(List.of(job.title(), job.summary()));
                texts.addAll(job.duties());
                texts.addAll(job.skills());
                texts.addAll(job.subjects());
                each = new Indexed(job, JobSearch.vocabulary(texts), JobSearch.vocabulary(List.of(job.title())),
                        JobSearch.inOrder(job.title()), Set.copyOf(subjectKeys), job.types());
            }
            // Each subject's name as the first job in title order spells it.
            for (String subject : job.subjects()) {
                labels.putIfAbsent(keys.computeIfAbsent(subject, JobIndex::subjectKey), subject.strip());
            }
            indexed.add(each);
            byId.putIfAbsent(job.id(), each);
        }
        this.jobs = List.copyOf(indexed);
        this.subjects = labels.entrySet().stream().map(e -> new SubjectChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SubjectChoice::label, collator)).toList();
    }

    /** Every job, sorted by title. */
    public List<JobEntry> jobs() {
        return jobs.stream().map(Indexed::job).toList();
    }

    public int size() {
        return jobs.size();
    }

    public Optional<JobEntry> job(String id) {
        return Optional.ofNullable(byId.get(id)).map(Indexed::job);
    }

    /** The related subjects of all the jobs, each once, by name. */
    public List<SubjectChoice> subjects() {
        return subjects;
    }

    /** The keys of a job's subjects, as {@link JobFilters#subjects()} holds them. */
    public Set<String> subjectsOf(JobEntry job) {
        Indexed found = byId.get(job.id());
        return found != null && found.job() == job ? found.subjects() : Set.copyOf(job.subjects().stream()
                .map(JobIndex::subjectKey).toList());
    }

    /**
     * The key a subject is shared by: the id of the school subject it names, as "Am I on track?"
     * reads it ("Mathematics" and "Maths" are {@code maths}), else its words without capitals or
     * punctuation.
     */
    public static String subjectKey(String name) {
        return SubjectCatalogue.find(name, RuleQualification.GCSE)
                .or(() -> SubjectCatalogue.find(name, RuleQualification.A_LEVEL))
                .map(Subject::id).orElseGet(() -> SubjectCatalogue.normalise(name));
    }

    /**
     * The jobs a search and filters ask for, and the counts beside each filter's choices. With
     * words typed, jobs whose title starts with them come first ("nurs": Nurse), then the other
     * jobs whose title has them (Dental nurse), then the rest; each part in title order.
     *
     * @param verdicts  the student's verdict for each job by id; empty when they have entered no
     *                  qualifications (then no job is on track)
     * @param shortlist the ids of the jobs on the student's shortlist
     */
    public Selection select(JobFilters filters, Map<String, JobVerdict> verdicts, Set<String> shortlist) {
        List<String> words = JobSearch.words(filters.query());
        List<JobEntry> titleStarts = new ArrayList<>();
        List<JobEntry> titled = new ArrayList<>();
        List<JobEntry> others = new ArrayList<>();
        Map<String, Integer> subjectCounts = new HashMap<>();
        Map<RouteType, Integer> typeCounts = new EnumMap<>(RouteType.class);
        int paid = 0;
        int registration = 0;
        int onTrack = 0;
        int shortlisted = 0;
        for (Indexed each : jobs) {
            if (!words.stream().allMatch(word -> JobSearch.hasPrefix(each.words(), word))) {
                continue;
            }
            JobEntry job = each.job();
            boolean isOnTrack = Optional.ofNullable(verdicts.get(job.id())).filter(JobVerdict::onTrack).isPresent();
            boolean isShortlisted = shortlist.contains(job.id());
            boolean subjectsPass = filters.subjects().isEmpty()
                    || each.subjects().stream().anyMatch(filters.subjects()::contains);
            boolean typesPass = filters.types().isEmpty() || each.types().stream().anyMatch(filters.types()::contains);
            boolean paidPass = !filters.paid() || job.paidWhileTraining();
            boolean registrationPass = !filters.registration() || job.registration();
            boolean onTrackPass = !filters.onTrack() || isOnTrack;
            boolean shortlistPass = !filters.shortlisted() || isShortlisted;
            boolean[] passes = {subjectsPass, typesPass, paidPass, registrationPass, onTrackPass, shortlistPass};
            if (allBut(passes, 0)) {
                each.subjects().forEach(key -> subjectCounts.merge(key, 1, Integer::sum));
            }
            if (allBut(passes, 1)) {
                each.types().forEach(type -> typeCounts.merge(type, 1, Integer::sum));
            }
            paid += allBut(passes, 2) && job.paidWhileTraining() ? 1 : 0;
            registration += allBut(passes, 3) && job.registration() ? 1 : 0;
            onTrack += allBut(passes, 4) && isOnTrack ? 1 : 0;
            shortlisted += allBut(passes, 5) && isShortlisted ? 1 : 0;
            if (allBut(passes, -1)) {
                boolean inTitle = !words.isEmpty() && words.stream().allMatch(word -> JobSearch.hasPrefix(each.titleWords(), word));
                (!inTitle ? others : startsWith(each.titleInOrder(), words) ? titleStarts : titled).add(job);
            }
        }
        List<JobEntry> shown = Stream.of(titleStarts, titled, others).flatMap(List::stream).toList();
        return new Selection(shown, words, new Counts(subjectCounts, typeCounts, paid, registration, onTrack, shortlisted));
    }

    /** Whether a title's first words start with the words typed, in the order typed ("vet nurs": Veterinary nurse). */
    private static boolean startsWith(List<String> title, List<String> words) {
        if (words.size() > title.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!title.get(i).startsWith(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every filter passes but the one at {@code except} (-1: every one). */
    private static boolean allBut(boolean[] passes, int except) {
        for (int i = 0; i < passes.length; i++) {
            if (i != except && !passes[i]) {
                return false;
            }
        }
        return true;
    }
}
