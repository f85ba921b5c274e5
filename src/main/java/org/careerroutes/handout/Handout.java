package org.careerroutes.handout;

import org.careerroutes.compare.CompareSelection;
import org.careerroutes.compare.Comparisons;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.eligibility.EligibilityChecker;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.jobs.ShortlistedJob;
import org.careerroutes.model.Block;
import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.MapNode;
import org.careerroutes.model.Pathway;
import org.careerroutes.model.Profile;
import org.careerroutes.model.RouteMap;
import org.careerroutes.model.SourceInfo;
import org.careerroutes.model.StepDuration;
import org.careerroutes.model.StepRequirements;
import org.careerroutes.model.Words;
import org.careerroutes.plan.Encounter;
import org.careerroutes.plan.JobSkills;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StepMark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a student's plan handout says, worked out from the profile and the plan: the job, the
 * chosen pathway step by step (with entry requirements, usual lengths, the student's marks and
 * notes), the "Am I on track?" verdicts, the plan's note, and where the text comes from. The PDF,
 * the print and the kiosk's code all show this one content. Holds nothing of the screen.
 *
 * @param profile      the profile the handout is about (its route map is drawn)
 * @param plan         the student's plan
 * @param pathway      the pathway the handout follows, if the profile has a route map
 * @param chosen       true when the student chose the pathway, false when it was picked for them
 * @param steps        the pathway's steps, numbered from 1
 * @param otherMarks   steps off the pathway that the student marked or wrote about, in map order
 * @param verdicts     the verdicts for each entry route, when the student entered qualifications
 * @param entered      what the student entered, in a few words each
 * @param date         the day the handout was made
 * @param shortlist    the jobs on the student's shortlist, each with its ways in and their verdicts
 */
public record Handout(Profile profile, MyPlan plan, Optional<Pathway> pathway, boolean chosen, List<Step> steps,
                      List<Step> otherMarks, List<Verdict> verdicts, List<String> entered, LocalDate date,
                      Optional<CompareSelection> comparing, List<ShortlistedJob> shortlist) {

    /** The app's name as a handout shows it. */
    public static final String APP_NAME = "Career Routes";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Handout {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(pathway, "pathway");
        steps = List.copyOf(steps);
        otherMarks = List.copyOf(otherMarks);
        verdicts = List.copyOf(verdicts);
        entered = List.copyOf(entered);
        Objects.requireNonNull(date, "date");
        shortlist = List.copyOf(shortlist);
    }

    /**
     * One step of the route map as the handout lists it.
     *
     * @param number            its place in the pathway, from 1; 0 for a step off the pathway
     * @param node              the map's step
     * @param entryRequirements what a student usually needs to start it, in the profile's words,
     *                          where the step leads to an entry route
     * @param route             the title of that entry route
     */
    public record Step(int number, MapNode node, List<String> entryRequirements, Optional<String> route,
                       Optional<StepMark> mark, Optional<String> note) {

        public Step {
            Objects.requireNonNull(node, "node");
            entryRequirements = List.copyOf(entryRequirements);
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(note, "note");
        }

        public String title() {
            return node.title();
        }

        public String kind() {
            return node.kind().label();
        }

        /** How long it usually takes, e.g. "3 years", where the profile says. */
        public Optional<String> length() {
            return node.duration().map(StepDuration::text);
        }
    }

    /**
     * One entry route's "Am I on track?" verdict, in words.
     *
     * @param open true when the student meets the route's usual requirements, with predicted grades or without
     */
    public record Verdict(String route, String symbol, String headline, String summary, boolean open) {

        public Verdict {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** The handout of a plan, following the plan's favourite pathway or else the map's first. */
    public static Handout of(Profile profile, MyPlan plan, LocalDate date) {
        return of(profile, plan, date, Optional.empty());
    }

    /**
     * The handout of a plan. The pathway is the plan's favourite, else {@code pathway}, else the
     * map's first.
     *
     * @throws IllegalArgumentException when {@code pathway} names no pathway of the profile's map
     *                                  (the message lists those there are)
     */
    public static Handout of(Profile profile, MyPlan plan, LocalDate date, Optional<String> pathway) {
        return of(profile, plan, date, pathway, Optional.empty());
    }

    /**
     * As {@link #of(Profile, MyPlan, LocalDate, Optional)}, with the routes the student compared on
     * Compare routes, if they did.
     */
    public static Handout of(Profile profile, MyPlan plan, LocalDate date, Optional<String> pathway,
                             Optional<CompareSelection> comparing) {
        Optional<RouteMap> map = profile.routeMap();
        if (pathway.isPresent() && map.flatMap(m -> m.pathway(pathway.get())).isEmpty()) {
            throw new IllegalArgumentException(unknownPathway(profile, pathway.get()));
        }
        Optional<Pathway> favourite = plan.pathway().flatMap(id -> map.flatMap(m -> m.pathway(id)));
        Optional<Pathway> shown = favourite
                .or(() -> pathway.flatMap(id -> map.flatMap(m -> m.pathway(id))))
                .or(() -> map.flatMap(m -> m.pathways().stream().findFirst()));
        boolean chosen = favourite.isPresent() || pathway.isPresent();

        List<Step> steps = new ArrayList<>();
        List<Step> others = new ArrayList<>();
        if (map.isPresent()) {
            List<String> onPathway = shown.map(Pathway::steps).orElse(List.of());
            for (int i = 0; i < onPathway.size(); i++) {
                int number = i + 1;
                map.get().node(onPathway.get(i)).ifPresent(node -> steps.add(step(number, node, profile, plan)));
            }
            for (MapNode node : map.get().nodes()) {
                if (!onPathway.contains(node.id())
                        && (plan.mark(node.id()).isPresent() || plan.stepNote(node.id()).isPresent())) {
                    others.add(step(0, node, profile, plan));
                }
            }
        }
        List<Verdict> verdicts = plan.qualifications().isEmpty() ? List.of()
                : EligibilityChecker.checkAll(profile, plan.qualifications()).stream().map(Handout::verdict).toList();
        List<String> entered = plan.qualifications().stream().map(q -> q.describe()).toList();
        return new Handout(profile, plan, shown, chosen, steps, others, verdicts, entered, date, comparing, List.of());
    }

    /** This handout with the student's shortlist of jobs listed (where the window knows their jobs). */
    public Handout withShortlist(List<ShortlistedJob> jobs) {
        return new Handout(profile, plan, pathway, chosen, steps, otherMarks, verdicts, entered, date, comparing, jobs);
    }

    /** "There is no pathway "x" in Clinical engineer; its pathways are: a, b". */
    public static String unknownPathway(Profile profile, String id) {
        List<String> known = profile.routeMap().map(m -> m.pathways().stream().map(Pathway::id).toList())
                .orElse(List.of());
        if (known.isEmpty()) {
            return "there is no pathway \"" + id + "\": the profile " + profile.id() + " has no route map";
        }
        return "there is no pathway \"" + id + "\" in the profile " + profile.id() + "; its pathways are: "
                + String.join(", ", known);
    }

    /**
     * A step with its own entry requirements only ({@link StepRequirements}): the degree has the
     * University route's, the STP the STP's (with their source), the GCSEs none.
     */
    private static Step step(int number, MapNode node, Profile profile, MyPlan plan) {
        Optional<StepRequirements> own = StepRequirements.of(profile, node.id());
        List<String> needs = own.map(r -> r.checkpoint().map(Handout::checkpointWords)
                .orElseGet(() -> words(r.route().entryRequirements().blocks()))).orElse(List.of());
        return new Step(number, node, needs, own.map(r -> r.route().title()), plan.mark(node.id()),
                plan.stepNote(node.id()));
    }

    /**
     * A checkpoint's requirements as lines, from its rules, then where they come from: "A first or
     * 2:1 degree in a relevant science or engineering subject, or ... may be considered.", "It helps
     * to have ...", "Source: ... (checked November 2026)."
     */
    private static List<String> checkpointWords(Checkpoint checkpoint) {
        List<String> lines = new ArrayList<>();
        for (EntryRule rule : checkpoint.rules()) {
            if (rule.helps()) {
                lines.add("It helps to have " + rule.describe() + ".");
                continue;
            }
            // "a 2:2 with a master's degree or doctorate in ...": one of the same kind by its grade alone.
            List<String> instead = rule.mayBeConsidered().stream().map(a -> a.qualification() == rule.qualification()
                    && a.minGrade().isPresent() ? a.qualification().scale().describe(a.minGrade().get()) : a.describe())
                    .toList();
            lines.add(Words.capitalise(rule.describe()) + (instead.isEmpty() ? "." : "; " + instead.get(0)
                    + (instead.size() > 1 ? " with " + Words.joinWith("and", instead.subList(1, instead.size())) : "")
                    + " may be considered."));
        }
        checkpoint.source().ifPresent(source -> lines.add("Source: " + source
                + checkpoint.checked().map(month -> " (checked " + monthWords(month) + ")").orElse("") + "."));
        return lines;
    }

    /** "2026-11" as "November 2026". */
    private static String monthWords(String month) {
        java.time.YearMonth when = java.time.YearMonth.parse(month);
        return when.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + when.getYear();
    }

    /** Blocks as lines: a list's lead-in joined to its items, so each line reads on its own. */
    private static List<String> words(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof org.careerroutes.model.BulletList list) {
                String intro = list.intro().map(i -> i.strip() + " ").orElse("");
                lines.add(intro + String.join("; ", list.items()));
            } else {
                lines.addAll(block.texts());
            }
        }
        return lines;
    }

    private static Verdict verdict(RouteVerdict verdict) {
        return new Verdict(verdict.route().title(), verdict.outcome().symbol(), verdict.headline(), verdict.summary(),
                verdict.outcome().isOpen());
    }

    public String title() {
        return profile.title();
    }

    /**
     * The routes the student compared, one for each pathway chosen, from where they stand; none
     * when they did not compare routes or the profile has no map.
     */
    public List<RouteComparison> comparisons() {
        Optional<RouteMap> map = profile.routeMap();
        if (map.isEmpty() || comparing.isEmpty()) {
            return List.of();
        }
        CompareSelection comparing = this.comparing.get();
        List<RouteVerdict> mine = plan.qualifications().isEmpty() ? List.of()
                : EligibilityChecker.checkAll(profile, plan.qualifications());
        return comparing.pathways().stream().flatMap(id -> map.get().pathway(id).stream())
                .map(p -> Comparisons.compare(profile, p, comparing.from(), comparing.schoolYear(), date, mine)).toList();
    }

    /** Where the comparison's times are counted from, in a sentence ("" when nothing was compared). */
    public String countedFrom() {
        return comparing.map(c -> Comparisons.countedFrom(c.from(), c.schoolYear(), date)).orElse("");
    }

    public String summary() {
        return profile.summary();
    }

    public SourceInfo source() {
        return profile.source();
    }

    /** The pathway's title, or "" when the profile has no route map. */
    public String pathwayTitle() {
        return pathway.map(Pathway::title).orElse("");
    }

    /** The day as written on the handout, e.g. "30 November 2026". */
    public String dateText() {
        return DAY.format(date);
    }

    /** The licence line: "Licence: Open Government Licence v3.0 (address)". */
    public String licenceLine() {
        return "Licence: " + source().licence() + source().licenceUrl().map(u -> " (" + u + ")").orElse("");
    }

    /** Where the profile text comes from, in one sentence. */
    public String sourceLine() {
        return source().publisher()
                .map(p -> "The profile text is published by " + p + " and reproduced word for word.")
                .orElse("The profile text is public sector information, reproduced word for word.");
    }

    /** The job's related skills with what the student says about each (their record's, for every job). */
    public JobSkills skills() {
        return JobSkills.of(profile.skills().items(), plan.student());
    }

    /** The student's careers encounters, the newest first (their record's, for every job). */
    public List<Encounter> encounters() {
        return plan.student().encountersNewestFirst();
    }

    /** The plan's note, or "" for none. */
    public String note() {
        return plan.note().strip();
    }
}
