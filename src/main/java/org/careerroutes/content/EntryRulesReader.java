package org.careerroutes.content;

import org.careerroutes.model.Checkpoint;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.EntryRules;
import org.careerroutes.model.GradeScale;
import org.careerroutes.model.NotFor;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Section;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.WayIn;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the {@code rules}, {@code waysIn} and {@code later} checkpoints of a route's {@code
 * entryRequirements}: the usual requirements as rules the app can check a student's qualifications
 * against (ways in with {@link WaysInReader}). Each problem is reported where it was written; a
 * rule with a problem is left out, and reading goes on so that every problem of the file is found.
 *
 * <p>Over 400 lines: a rule, an alternative under {@code mayBeConsidered} and a later checkpoint are
 * read with the same checks (a qualification, a count, a grade of its scale, subjects it can be
 * taken in, a step the map has, words the profile says), each reporting where it was written;
 * split by what is read, every part would need them all. Ways in are read apart
 * ({@link WaysInReader}), as is what a file says as written ({@link AsWritten}).
 */
final class EntryRulesReader {

    /** The largest {@code count} a rule or a subject need may have; more is surely a slip. */
    static final int MAX_COUNT = 20;

    /** Fields of a rule that an alternative under {@code mayBeConsidered} cannot have. */
    private static final List<String> NOT_IN_AN_ALTERNATIVE = List.of("step", "helps", "mayBeConsidered", "words");

    /** The subject and group ids a rule may name. */
    private static final List<String> KNOWN_IDS = SubjectCatalogue.ids();

    final Problems problems;
    private final KnownIds steps;
    private final KnownIds routes;
    private final Function<ObjectFields, Optional<String>> checkedMonth;
    private final WaysInReader ways;

    /**
     * @param steps        the route-map step ids a rule's {@code step} may name; incomplete (so
     *                     not checked) when the profile has no route map or its steps cannot be read
     * @param routes       the route ids a {@code notFor}'s {@code instead} may name, as written
     * @param checkedMonth reads an optional {@code checked} month, with the same checks as a fact's
     */
    EntryRulesReader(Problems problems, KnownIds steps, KnownIds routes,
                     Function<ObjectFields, Optional<String>> checkedMonth) {
        this.problems = problems;
        this.steps = steps;
        this.routes = routes;
        this.checkedMonth = checkedMonth;
        this.ways = new WaysInReader(this);
    }

    /**
     * The rules of one route's {@code entryRequirements}, read from the same object as its
     * heading and blocks; {@link EntryRules#NONE} when it has none of {@code rules}, {@code waysIn} and
     * {@code later}.
     *
     * @param wording the requirements in the profile's words, when they could be read: a rule's
     *                {@code words} must be found there
     * @param routeId the route's own id, which its {@code notFor} cannot name as the route instead
     */
    EntryRules read(ObjectFields requirements, Optional<Section> wording, Optional<String> routeId) {
        List<EntryRule> toStart = optionalList(requirements, "rules", node -> rule(node, false, true, wording));
        List<WayIn> waysIn = optionalList(requirements, "waysIn", node -> ways.wayIn(node, wording));
        if (!requirements.has("waysIn")) {
            // Beside ways in, the rules every way needs may all only help: each way has its own.
            onlyHelping(requirements, toStart);
        } else if (requirements.valueOf("waysIn") instanceof JsonNode.Array written && !written.elements().isEmpty()) {
            ways.together(written, waysIn);
        }
        List<Checkpoint> later = optionalList(requirements, "later", this::checkpoint);
        Optional<NotFor> notFor = requirements.object("notFor", false).flatMap(f -> notFor(f, routeId));
        if (notFor.isPresent() && toStart.isEmpty() && !requirements.has("rules") && !requirements.has("waysIn")) {
            problems.error(requirements.valueOf("notFor"), "\"notFor\" says whom the route is not meant for, "
                    + "so it needs the route's \"rules\" or \"waysIn\" beside it");
        }
        return toStart.isEmpty() && later.isEmpty() && waysIn.isEmpty() ? EntryRules.NONE
                : new EntryRules(toStart, later, notFor, waysIn);
    }

    /** {@code {"qualification": "degree", "instead": "university"}}: for people without a degree. */
    private Optional<NotFor> notFor(ObjectFields f, Optional<String> routeId) {
        int errorsBefore = problems.errorCount();
        Optional<RuleQualification> qualification = f.text("qualification", true).flatMap(key -> qualification(f, key));
        Optional<String> instead = f.id("instead", false).filter(id -> {
            if (routeId.filter(id::equals).isPresent()) {
                problems.error(f.valueOf("instead"), "\"instead\" names this route itself; name the route that "
                        + "fits someone who has the qualification, or leave \"instead\" out");
                return false;
            }
            if (routes.isUnknown(id)) {
                problems.error(f.valueOf("instead"), "\"instead\" names route " + Echo.quoted(id) + ", which is not a route "
                        + "of this profile; use one of: " + routes.listed());
                return false;
            }
            return true;
        });
        f.finish();
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new NotFor(qualification.orElseThrow(), instead));
    }

    /**
     * Rules that only help decide nothing, so a list of nothing else would let every student
     * "meet" it: one rule at least must be required.
     */
    void onlyHelping(ObjectFields f, List<EntryRule> rules) {
        // Only when every rule was read: a broken required rule is reported already.
        boolean allRead = f.valueOf("rules") instanceof JsonNode.Array written && written.elements().size() == rules.size();
        if (allRead && !rules.isEmpty() && rules.stream().allMatch(EntryRule::helps)) {
            problems.error(f.valueOf("rules"), () -> "every rule here has \"helps\": true, so nothing is required and "
                    + "every student would meet it; make at least one rule required");
        }
    }

    /** An optional list, which must not be empty when written: leaving it out says the same. */
    private <T> List<T> optionalList(ObjectFields f, String key, Function<JsonNode, Optional<T>> element) {
        if (f.has(key) && f.valueOf(key) instanceof JsonNode.Array array && array.elements().isEmpty()) {
            f.claim(key);
            problems.error(array, () -> ObjectFields.where(array) + " is empty; leave \"" + key
                    + "\" out instead when there are none");
            return List.of();
        }
        return f.list(key, false, true, element).orElse(List.of());
    }

    private Optional<Checkpoint> checkpoint(JsonNode node) {
        return ObjectFields.of(node, problems).flatMap(f -> {
            int errorsBefore = problems.errorCount();
            Optional<String> title = f.text("title", true);
            Optional<List<EntryRule>> rules = f.list("rules", true, true, each -> rule(each, false, false, Optional.empty()));
            rules.ifPresent(list -> onlyHelping(f, list));
            Optional<String> source = f.text("source", false);
            Optional<String> checked = checkedMonth.apply(f);
            Optional<String> step = f.text("step", false).filter(id -> isKnownStep(f, id));
            f.finish();
            if (f.has("checked") && !f.has("source")) {
                problems.error(f.valueOf("checked"), () -> "\"checked\" needs a \"source\": say where these "
                        + "requirements come from, or leave \"checked\" out");
            }
            if (f.has("source") && !f.has("checked")) {
                problems.error(f.valueOf("source"), () -> "\"source\" needs \"checked\", the month the source was "
                        + "last checked, as YYYY-MM (e.g. \"2026-11\")");
            }
            if (problems.errorCount() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new Checkpoint(title.orElseThrow(), rules.orElseThrow(), source, checked, step));
        });
    }

    /**
     * One rule; an {@code alternative} is one under {@code mayBeConsidered}, which says only what
     * else may be accepted, so it has no step of its own, does not just help, has no
     * alternatives of its own and no words of its own. Only a rule to start a route may have
     * {@code words} ({@code wordsAllowed}): a checkpoint's requirements come from beyond the
     * profile. {@code wording} is the route's requirements in the profile's words, where they must
     * be found; empty when those could not be read (their problem is reported already).
     */
    Optional<EntryRule> rule(JsonNode node, boolean alternative, boolean wordsAllowed,
                                     Optional<Section> wording) {
        return ObjectFields.of(node, problems).flatMap(f -> {
            int errorsBefore = problems.errorCount();
            Optional<RuleQualification> qualification = f.text("qualification", true)
                    .flatMap(key -> qualification(f, key));
            OptionalInt count = count(f);
            Optional<String> minGrade = f.quotedText("minGrade", false)
                    .filter(grade -> qualification.isEmpty() || isGradeOf(f, grade, qualification.get()));
            Optional<List<SubjectNeed>> including = f.list("including", false, true,
                    each -> need(each, qualification));
            Optional<String> step = Optional.empty();
            boolean helps = false;
            List<EntryRule> mayBeConsidered = List.of();
            Optional<String> words = Optional.empty();
            if (alternative) {
                refuseInAnAlternative(f);
            } else {
                step = f.text("step", false).filter(id -> isKnownStep(f, id));
                helps = f.bool("helps", false).orElse(false);
                mayBeConsidered = f.list("mayBeConsidered", false, true, each -> rule(each, true, false, Optional.empty()))
                        .orElse(List.of());
                words = f.text("words", false)
                        .filter(w -> wordsAllowed(f, wordsAllowed) && isInTheWording(f, "words", w, wording));
            }
            f.finish();
            if (helps && !mayBeConsidered.isEmpty()) {
                problems.error(f.valueOf("mayBeConsidered"), () -> "a rule that only helps is never required, so "
                        + "\"mayBeConsidered\" has nothing to stand in for; leave one of them out");
            }
            including.ifPresent(needs -> namedTwice(f, needs));
            if (problems.errorCount() > errorsBefore) {
                return Optional.empty();
            }
            int howMany = count.orElse(1);
            List<SubjectNeed> needs = including.orElse(List.of());
            if (!canBeMet(f, qualification.orElseThrow(), howMany, needs)) {
                return Optional.empty();
            }
            return Optional.of(new EntryRule(qualification.get(), howMany, minGrade, needs, step, helps,
                    mayBeConsidered, words));
        });
    }

    /** A checkpoint's requirements come from beyond the profile, so its rules have no {@code words}. */
    private boolean wordsAllowed(ObjectFields f, boolean allowed) {
        if (!allowed) {
            problems.error(f.valueOf("words"), "\"words\" are the profile's own words for a rule, so only a rule in a "
                    + "route's \"rules\" or \"waysIn\" can have them; leave \"words\" out here");
        }
        return allowed;
    }

    /**
     * A rule's {@code words} and a way in's {@code title} are the profile's own, so they must be
     * found, as written, in the route's requirements (in a paragraph or a list, not in a note of ours).
     */
    boolean isInTheWording(ObjectFields f, String key, String words, Optional<Section> wording) {
        boolean found = wording.map(section -> section.blocks().stream()
                .filter(b -> !(b instanceof org.careerroutes.model.Note))
                .flatMap(b -> b.texts().stream()).anyMatch(text -> text.contains(words))).orElse(true);
        if (!found) {
            problems.error(f.valueOf(key), "\"" + key + "\" must be the profile's own words, copied from this route's "
                    + "entry requirements; " + Echo.quoted(words) + " is not found there");
        }
        return found;
    }

    private Optional<RuleQualification> qualification(ObjectFields f, String key) {
        Optional<RuleQualification> qualification = RuleQualification.of(key);
        if (qualification.isEmpty()) {
            problems.error(f.valueOf("qualification"), () -> "unknown qualification " + Echo.quoted(key) + "; use one of: "
                    + Arrays.stream(RuleQualification.values()).map(RuleQualification::key)
                    .collect(Collectors.joining(", ")));
        }
        return qualification;
    }

    /** An optional {@code count}: a whole number from 1 to {@link #MAX_COUNT}. */
    private OptionalInt count(ObjectFields f) {
        OptionalInt count = f.wholeNumber("count", false);
        if (count.isPresent() && (count.getAsInt() < 1 || count.getAsInt() > MAX_COUNT)) {
            JsonNode at = f.valueOf("count");
            problems.error(at, () -> ObjectFields.where(at) + " must be from 1 to " + MAX_COUNT + ", not "
                    + count.getAsInt());
            return OptionalInt.empty();
        }
        return count;
    }

    /**
     * Whether a rule's minimum grade is a grade of its qualification, as the scale writes it.
     * Students may give legacy GCSE letters, but rules use the numbers, so that each rule reads
     * one way.
     */
    private boolean isGradeOf(ObjectFields f, String grade, RuleQualification qualification) {
        JsonNode at = f.valueOf("minGrade");
        GradeScale scale = qualification.scale();
        if (!scale.hasGrades()) {
            problems.error(at, () -> "\"" + qualification.key() + "\" has no grades, so its rule cannot have a "
                    + "\"minGrade\"; leave it out");
            return false;
        }
        if (scale.grades().contains(grade)) {
            return true;
        }
        Optional<Integer> number = scale == GradeScale.GCSE ? scale.rank(grade) : Optional.empty();
        if (number.isPresent()) {
            problems.error(at, () -> "minGrade " + Echo.quoted(grade)
                    + " is a letter grade; rules use the GCSE number grades "
                    + "9 to 1, so write \"" + number.get() + "\" (students may still give letter grades)");
        } else {
            problems.error(at, () -> "minGrade " + Echo.quoted(grade) + " is not " + Words.withArticle(qualification.name(1))
                    + " grade; use one of: " + String.join(", ", scale.grades()));
        }
        return false;
    }

    /** The same subject named twice: one qualification in it cannot count for both. */
    private void namedTwice(ObjectFields f, List<SubjectNeed> needs) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SubjectNeed need : needs) {
            if (need.count() == 1 && need.anyOf().size() == 1 && SubjectCatalogue.subject(need.anyOf().get(0)).isPresent()
                    && !seen.add(need.anyOf().get(0))) {
                problems.error(f.valueOf("including"), () -> "\"" + need.anyOf().get(0) + "\" is named twice in "
                        + "\"including\", so the rule can never be met: one qualification in a subject counts once");
            }
        }
    }

    /** An item of {@code including}: one subject or group id, or {@code {"anyOf": [ids], "count": n}}. */
    private Optional<SubjectNeed> need(JsonNode node, Optional<RuleQualification> qualification) {
        if (node instanceof JsonNode.Text) {
            return subjectId(node, qualification).map(SubjectNeed::of);
        }
        if (!(node instanceof JsonNode.Obj)) {
            problems.error(node, () -> ObjectFields.where(node) + " must be a subject id in double quotes, like "
                    + "\"maths\", or a choice, like {\"anyOf\": [\"maths\", \"science\"], \"count\": 1}, not "
                    + node.kind());
            return Optional.empty();
        }
        ObjectFields f = ObjectFields.of(node, problems).orElseThrow();
        int errorsBefore = problems.errorCount();
        Optional<List<String>> anyOf = f.list("anyOf", true, true, id -> subjectId(id, qualification));
        OptionalInt count = count(f);
        f.finish();
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        List<String> ids = anyOf.orElseThrow();
        int wanted = count.orElse(1);
        if (ids.stream().noneMatch(id -> SubjectCatalogue.group(id).isPresent())) {
            // Only subjects: each counts once (a double award twice), however often it is taken.
            int most = ids.stream().distinct().mapToInt(id -> SubjectCatalogue.subject(id).orElseThrow().awards()).sum();
            if (wanted > most) {
                problems.error(f.valueOf("count"), () -> "this choice can never be met: it asks for " + wanted + " of "
                        + Echo.list(ids) + ", which can count " + most + " at most; name a group such "
                        + "as \"science\", or lower \"count\"");
                return Optional.empty();
            }
        }
        return Optional.of(new SubjectNeed(ids, wanted));
    }

    /**
     * A subject or group id of the catalogue. A subject must be one that can be taken as the
     * rule's qualification; a group may be named by any rule.
     */
    private Optional<String> subjectId(JsonNode node, Optional<RuleQualification> qualification) {
        Optional<String> id = ObjectFields.asText(node, problems);
        if (id.isEmpty()) {
            return id;
        }
        if (!SubjectCatalogue.isKnown(id.get())) {
            problems.error(node, () -> "unknown subject " + Echo.quoted(id.get()) + ObjectFields.closest(id.get(),
                            new LinkedHashSet<>(KNOWN_IDS)).map(s -> "; did you mean \"" + s + "\"?")
                    .orElse("; use one of: " + String.join(", ", KNOWN_IDS)));
            return Optional.empty();
        }
        Optional<Subject> subject = SubjectCatalogue.subject(id.get());   // empty for a group
        if (subject.isPresent() && qualification.isPresent() && !subject.get().kinds().contains(qualification.get())) {
            problems.error(node, () -> notTakenAs(subject.get(), qualification.get()));
            return Optional.empty();
        }
        return id;
    }

    private static String notTakenAs(Subject subject, RuleQualification qualification) {
        String takenAs = subject.kinds().stream().sorted(Comparator.naturalOrder())
                .map(kind -> "\"" + kind.key() + "\"").collect(Collectors.joining(", "));
        List<String> groups = KNOWN_IDS.stream().filter(id -> SubjectCatalogue.group(id).isPresent()).toList();
        List<String> subjects = SubjectCatalogue.subjectsFor(qualification).stream().map(Subject::id).toList();
        String key = "\"" + qualification.key() + "\"";
        String instead = subjects.isEmpty()
                ? "a " + key + " rule can name only a group: " + String.join(", ", groups)
                : "for " + key + " use one of: " + String.join(", ", subjects) + ", or a group: "
                + String.join(", ", groups);
        return "subject \"" + subject.id() + "\" cannot be taken as " + key + " (only as " + takenAs + "); "
                + instead;
    }

    boolean isKnownStep(ObjectFields f, String id) {
        if (!steps.isUnknown(id)) {
            return true;
        }
        problems.error(f.valueOf("step"), () -> "step " + Echo.quoted(id) + " is not a route-map step; use one of: "
                + steps.listed());
        return false;
    }

    /**
     * Each subject asked for is met by a different qualification, so a rule that asks for more
     * subjects than it counts could never be met. A double award such as GCSE Combined Science
     * counts as two both ways, so comparing the totals is right for it too.
     */
    private boolean canBeMet(ObjectFields f, RuleQualification qualification, int count, List<SubjectNeed> needs) {
        int asked = needs.stream().mapToInt(SubjectNeed::count).sum();
        if (asked <= count) {
            return true;
        }
        problems.error(f.valueOf("including"), () -> "this rule can never be met: \"including\" asks for " + asked
                + " subjects, but the rule counts only " + count + " " + qualification.name(count)
                + "; raise \"count\" to at least " + asked + " or ask for fewer subjects");
        return false;
    }

    /** Fields only a main rule has, reported where they are written in an alternative. */
    private void refuseInAnAlternative(ObjectFields f) {
        List<JsonNode.Member> refused = new ArrayList<>();
        NOT_IN_AN_ALTERNATIVE.forEach(key -> f.claim(key).ifPresent(refused::add));
        for (JsonNode.Member member : refused) {
            problems.error(member.line(), member.column(), () -> "\"" + member.name() + "\" cannot be used in a rule "
                    + "under \"mayBeConsidered\", which says only what else may be accepted; give \"step\", "
                    + "\"helps\", \"mayBeConsidered\" and \"words\" on the main rule");
        }
    }
}
