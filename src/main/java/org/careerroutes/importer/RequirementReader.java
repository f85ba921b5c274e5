package org.careerroutes.importer;

import org.careerroutes.importer.RequirementPhrasings.Grade;
import org.careerroutes.importer.RequirementPhrasings.Join;
import org.careerroutes.importer.RequirementPhrasings.Part;
import org.careerroutes.importer.RequirementPhrasings.Phrasing;
import org.careerroutes.importer.RequirementPhrasings.SubjectPhrase;
import org.careerroutes.model.EntryRule;
import org.careerroutes.model.GradeScale;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.Subject;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectNeed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of entry requirements into rules with {@link RequirementPhrasings}'s table, or
 * says why it makes none. A line is read whole or not at all, and a line read whole that still
 * leaves a doubt (grades whose number and letter disagree, a subject that cannot be taken as the
 * qualification, "a relevant subject" for a job whose relevant subjects are not ones Career
 * Routes knows) makes no rule either: a wrong rule would tell a student something the profile
 * does not say.
 *
 * <p>Over 400 lines: the grammar's steps (line, clauses, subjects, grades) and the rules made from
 * what they matched share the line being read, its tokens and how far it has been read; apart, each
 * step would hand the other that state, and a doubt found while making a rule must undo the whole
 * line. The phrases themselves are data, in {@link RequirementPhrasings}'s table.
 */
final class RequirementReader {

    /** Words that say a requirement is wanted, not needed, or not always: such a line is never a rule. */
    private static final Pattern HEDGED = Pattern.compile(
            "\\b(?:prefer\\w*|desirable|useful|advantage\\w*|helpful|help|may|might|ideally|some employers"
                    + "|some colleges|some universities|not essential|optional)\\b", Pattern.CASE_INSENSITIVE);

    /** Words that name a qualification, for telling a requirement from other lines. */
    static final Pattern NAMES_A_QUALIFICATION = Pattern.compile(
            "\\b(?:GCSEs?|A[ -]?levels?|T[ -]?levels?|degrees?|diplomas?|qualifications?|BTECs?|HNDs?|HNCs?|NVQs?"
                    + "|certificates?|apprenticeships?|level [1-8])\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern PURPOSE_AT_END;

    static {
        StringBuilder any = new StringBuilder();
        for (Purpose purpose : Purpose.values()) {
            any.append(any.isEmpty() ? "" : "|").append(Pattern.quote(purpose.words()));
        }
        PURPOSE_AT_END = Pattern.compile("\\bfor (" + any + ")[.;]?\\s*$", Pattern.CASE_INSENSITIVE);
    }

    /**
     * What a line of entry requirements gave.
     *
     * @param text       the line as written
     * @param purpose    what it is for ("a level 3 course"), when it says, whether or not it made rules
     * @param rules      the rules made from it; empty when it makes none
     * @param notChecked why it makes no rule, when it makes none
     * @param qualified  whether it names a qualification (a GCSE, an A level, a degree…), so that a
     *                   line making no rule may still be a requirement Career Routes cannot check
     * @param hedged      whether it says the requirement is only preferred or helps
     * @param asksNothing whether it was read whole and asks for no qualification at all: "2 or fewer
     *                    GCSEs at grades 9 to 3 (A* to D) for a level 1 course" sets no lowest number
     * @param setAside    sentences after the first that were set aside, each with why: they add to
     *                    the requirement only somewhere ("Some employers will also ask for A levels…")
     */
    record Result(String text, Optional<Purpose> purpose, List<EntryRule> rules, Optional<String> notChecked,
                  boolean qualified, boolean hedged, boolean asksNothing, List<String> setAside) {

        Result {
            rules = List.copyOf(rules);
            setAside = List.copyOf(setAside);
        }

        /** A line that makes no rule, with why. */
        static Result notRead(String text, Optional<Purpose> purpose, String why, boolean qualified, boolean hedged) {
            return new Result(text, purpose, List.of(), Optional.of(why), qualified, hedged, false, List.of());
        }

        /** Whether it was read into what it asks: rules, or nothing at all. */
        boolean checked() {
            return !rules.isEmpty() || asksNothing;
        }
    }

    /** Where a line of several sentences is cut: after a full stop, before a capital letter. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    /** A sentence that asks for more than the first, only somewhere: "Some employers will also ask for…". */
    private static final Pattern ALSO = Pattern.compile("\\balso\\b", Pattern.CASE_INSENSITIVE);

    /** A part of the line as read: the row that matched, and where. */
    private record Token(Phrasing phrasing, MatchResult match, int start, int end) {
        Part part() {
            return phrasing == null ? null : phrasing.part();
        }
    }

    /** Whatever the next part of the grammar is, from a place in the line. */
    private interface Next {
        boolean from(int at);
    }

    private final Optional<String> relevant;
    private String line;
    private String reading;
    private final Deque<Token> tokens = new ArrayDeque<>();
    /** The rows used in the last line read, for the table's own test. */
    private final List<Phrasing> used = new ArrayList<>();

    /**
     * @param relevant what "a relevant subject" means for this job, as a subject or group id of
     *                 the catalogue, when the profile's own list of relevant subjects says
     */
    RequirementReader(Optional<String> relevant) {
        this.relevant = relevant;
    }

    /**
     * Reads one line. A line of several sentences is read a sentence at a time: the rules are
     * those of its sentences together; a sentence that neither names a qualification nor hedges
     * ("You'll need a DBS check.") is set aside as a line of its own would be, and so is one after
     * the first that asks for more only somewhere ("Some employers will also ask for…", said in the
     * report); any other sentence not read leaves the whole line unread, since it may change what
     * the others say ("…, and some accept other qualifications or experience", "Relevant experience
     * may be accepted instead").
     */
    Result read(String text) {
        used.clear();
        String whole = text.strip();
        List<String> sentences = List.of(SENTENCE_END.split(whole));
        if (sentences.size() == 1) {
            return readSentence(whole);
        }
        List<Result> each = sentences.stream().map(this::readSentence).toList();
        Optional<Purpose> purpose = each.stream().flatMap(r -> r.purpose().stream()).findFirst()
                .or(() -> purposeAtEnd(whole));
        boolean qualified = each.stream().anyMatch(Result::qualified);
        boolean hedged = each.stream().anyMatch(Result::hedged);
        List<String> setAside = new ArrayList<>();
        Optional<String> unread = Optional.empty();
        for (int i = 0; i < each.size(); i++) {
            Result sentence = each.get(i);
            if (sentence.checked() || !sentence.qualified() && !sentence.hedged()) {
                continue;
            }
            String why = "\u201c" + sentences.get(i) + "\u201d: " + sentence.notChecked().orElse("");
            if (i > 0 && sentence.hedged() && ALSO.matcher(sentences.get(i)).find()) {
                setAside.add(why + "; it asks for more only somewhere, so the usual requirement is the rest");
            } else if (unread.isEmpty()) {
                unread = Optional.of(why);
            }
        }
        if (unread.isPresent()) {
            // Beside a requirement read, a sentence that may loosen it ("… may be accepted instead") leaves
            // the requirement unchecked, and its route with it; with none read, the line is as one sentence.
            boolean anyRead = each.stream().anyMatch(Result::checked);
            return Result.notRead(whole, purpose, unread.get(), qualified || anyRead, !anyRead && hedged);
        }
        List<EntryRule> rules = each.stream().flatMap(r -> r.rules().stream()).toList();
        Set<RuleQualification> kinds = new HashSet<>();
        for (EntryRule rule : rules) {
            if (!kinds.add(rule.qualification())) {
                return Result.notRead(whole, purpose, "it asks for " + rule.qualification().name(2)
                        + " twice, so what it means is not clear", true, hedged);
            }
        }
        boolean asksNothing = rules.isEmpty() && each.stream().anyMatch(Result::asksNothing);
        if (rules.isEmpty() && !asksNothing) {
            return Result.notRead(whole, purpose, each.stream().flatMap(r -> r.notChecked().stream()).findFirst()
                    .orElse(""), qualified, hedged);
        }
        return new Result(whole, purpose, rules, Optional.empty(), true, hedged, asksNothing, setAside);
    }

    /** Reads one sentence, whole or not at all. */
    private Result readSentence(String text) {
        line = text.strip();
        // Curly apostrophes as straight ones, one for one, so that places in the line stay the same.
        reading = line.replace('\u2019', '\'').replace('\u2018', '\'');
        tokens.clear();
        Optional<Purpose> purpose = purposeAtEnd(reading);
        boolean qualified = NAMES_A_QUALIFICATION.matcher(reading).find();
        boolean hedged = HEDGED.matcher(reading).find();
        if (!qualified) {
            return Result.notRead(line, purpose, "it names no qualification Career Routes can check", false, hedged);
        }
        if (!parseLine(skipSpaces(0))) {
            return Result.notRead(line, purpose, hedged ? "it says what is preferred or may help, not what is needed"
                    : "Career Routes does not know this way of writing a requirement", true, hedged);
        }
        used.addAll(tokens.stream().filter(t -> t.phrasing() != null).map(Token::phrasing).toList());
        try {
            List<EntryRule> rules = interpret();
            Optional<Purpose> read = tokens.stream().filter(t -> t.part() == Part.PURPOSE)
                    .map(t -> (Purpose) t.phrasing().meaning().apply(t.match())).findFirst();
            // Read whole, with no rule: every clause was "N or fewer", which sets no lowest number.
            return new Result(line, read.or(() -> purpose), rules, Optional.empty(), true, hedged, rules.isEmpty(),
                    List.of());
        } catch (Doubt doubt) {
            return Result.notRead(line, purpose, doubt.getMessage(), true, hedged);
        }
    }

    /** The table's rows the last line read used, in the order read. */
    List<Phrasing> used() {
        return List.copyOf(used);
    }

    /** What a line is for, from its ending, even when the rest cannot be read. */
    static Optional<Purpose> purposeAtEnd(String text) {
        Matcher m = PURPOSE_AT_END.matcher(text.replace('\u2019', '\''));
        if (!m.find()) {
            return Optional.empty();
        }
        String words = m.group(1).toLowerCase(Locale.ROOT);
        for (Purpose purpose : Purpose.values()) {
            if (purpose.words().toLowerCase(Locale.ROOT).equals(words)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    // ----- the grammar: each step tries the table's rows for its part, in order, and backtracks

    private boolean parseLine(int at) {
        return optional(Part.LEAD_IN, at, this::clauses);
    }

    private boolean clauses(int at) {
        return clause(at, this::afterClause);
    }

    private boolean afterClause(int at) {
        return any(Part.JOIN, at, this::clauses) || tail(at);
    }

    private boolean tail(int at) {
        return optional(Part.EQUIVALENT, at, a -> optional(Part.PURPOSE, a, b -> optional(Part.EQUIVALENT, b, this::end)));
    }

    private boolean end(int at) {
        return reading.substring(at).matches("[\\s.;]*");
    }

    private boolean clause(int at, Next next) {
        tokens.push(new Token(null, null, at, at));   // where a clause starts
        boolean read = optional(Part.COUNT, at, a -> any(Part.QUALIFICATION, a, b -> optional(Part.GRADES, b,
                c -> optional(Part.EQUIVALENT, c, d -> including(d, e -> optional(Part.EQUIVALENT, e, next))))));
        if (!read) {
            tokens.pop();
        }
        return read;
    }

    private boolean including(int at, Next next) {
        return any(Part.INCLUDING, at, a -> subjects(a, next)) || next.from(at);
    }

    /** Subjects, and after them the grade asked of them ("GCSEs in English and maths at grades 9 to 4"). */
    private boolean subjects(int at, Next next) {
        return any(Part.SUBJECT, at, a -> any(Part.SUBJECT_JOIN, a, b -> subjects(b, next))
                || optional(Part.GRADES, a, next));
    }

    private boolean optional(Part part, int at, Next next) {
        return any(part, at, next) || next.from(at);
    }

    private boolean any(Part part, int at, Next next) {
        for (Phrasing phrasing : RequirementPhrasings.of(part)) {
            Matcher m = phrasing.pattern().matcher(reading);
            m.region(at, reading.length());
            if (m.lookingAt() && m.end() > at) {
                tokens.push(new Token(phrasing, m.toMatchResult(), at, m.end()));
                if (next.from(skipSpaces(m.end()))) {
                    return true;
                }
                tokens.pop();
            }
        }
        return false;
    }

    private int skipSpaces(int at) {
        while (at < reading.length() && reading.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    // ----- what the parts read mean

    /** A line read whole that still cannot become a rule, with why. */
    private static final class Doubt extends Exception {
        Doubt(String why) {
            super(why);
        }
    }

    private List<EntryRule> interpret() throws Doubt {
        List<Token> inOrder = new ArrayList<>(tokens);
        java.util.Collections.reverse(inOrder);
        List<List<Token>> clauses = new ArrayList<>();
        for (Token token : inOrder) {
            if (token.phrasing() == null) {
                clauses.add(new ArrayList<>(List.of(token)));
            } else if (!clauses.isEmpty() && token.part() != Part.JOIN && token.part() != Part.PURPOSE) {
                clauses.get(clauses.size() - 1).add(token);
            }
        }
        List<EntryRule> rules = new ArrayList<>();
        for (List<Token> clause : clauses) {
            rule(clause).ifPresent(rules::add);
        }
        Set<RuleQualification> kinds = new HashSet<>();
        for (EntryRule rule : rules) {
            if (!kinds.add(rule.qualification())) {
                throw new Doubt("it asks for " + rule.qualification().name(2) + " twice, so what it means is not clear");
            }
        }
        return rules;
    }

    /** One clause's rule; none for "2 or fewer GCSEs", which sets no lowest number, so anyone may start. */
    private Optional<EntryRule> rule(List<Token> clause) throws Doubt {
        int start = clause.get(0).start();
        int end = start;
        Integer count = null;
        RuleQualification qualification = null;
        Grade grade = null;
        List<SubjectPhrase> subjects = new ArrayList<>();
        Set<Join> joins = new HashSet<>();
        boolean gradeAfterSubjects = false;
        String including = "";
        for (Token token : clause.subList(1, clause.size())) {
            Object meaning = token.phrasing().meaning().apply(token.match());
            switch (token.part()) {
                case COUNT -> count = (Integer) meaning;
                case QUALIFICATION -> qualification = (RuleQualification) meaning;
                case GRADES -> {
                    if (grade != null) {
                        throw new Doubt("it gives two grades, so which is asked of which is not clear");
                    }
                    grade = (Grade) meaning;
                    gradeAfterSubjects = !subjects.isEmpty();
                }
                case INCLUDING -> including = token.phrasing().name();
                case SUBJECT -> subjects.add((SubjectPhrase) meaning);
                case SUBJECT_JOIN -> joins.add((Join) meaning);
                default -> {
                }
            }
            end = token.end();
        }
        Optional<String> minGrade = grade == null ? Optional.empty() : Optional.of(lowest(grade, qualification));
        List<SubjectNeed> needs = needs(subjects, joins, qualification);
        int asked = needs.stream().mapToInt(SubjectNeed::count).sum();
        boolean fewer = count != null && count == RequirementPhrasings.OR_FEWER;
        if (fewer) {
            if (!needs.isEmpty()) {
                throw new Doubt("it asks for subjects of no more than a number of " + qualification.name(2)
                        + ", so what is needed is not clear");
            }
            return Optional.empty();
        }
        // "GCSEs in English and maths at grades 9 to 4": the grade is of those subjects, which are all that is
        // counted. After "including", or beside a larger count, it could be of the subjects alone or of them all.
        if (gradeAfterSubjects && (!including.equals("in") || count != null && count > 0 && count != asked)) {
            throw new Doubt("its grade follows the subjects, so whether it is asked of them alone or of every "
                    + qualification.name(1) + " is not clear");
        }
        int howMany;
        if (count == null || count == RequirementPhrasings.SOME) {
            howMany = Math.max(1, asked);
        } else if (count < asked) {
            throw new Doubt("it asks for " + asked + " subjects from only " + count + " " + qualification.name(count));
        } else {
            howMany = count;
        }
        if (howMany > 20) {
            throw new Doubt("a count of " + howMany + " is more than any route asks for");
        }
        String words = line.substring(start, end).strip().replaceAll("[,;]$", "").strip();
        return Optional.of(new EntryRule(qualification, howMany, minGrade, needs, step(qualification), false, List.of(),
                Optional.of(words)));
    }

    /** The lowest grade as a rule writes it, when the number and letter written beside it agree. */
    private static String lowest(Grade grade, RuleQualification qualification) throws Doubt {
        GradeScale scale = qualification.scale();
        if (!scale.hasGrades()) {
            throw new Doubt(qualification.name(2) + " have no grades, so a grade for them cannot be checked");
        }
        String written = grade.lowest().toUpperCase(Locale.ROOT);
        if (scale == GradeScale.GCSE) {
            Optional<Integer> rank = scale.rank(written);
            if (rank.isEmpty()) {
                throw new Doubt("\"" + grade.lowest() + "\" is not a GCSE grade");
            }
            if (grade.besideIt() != null && !scale.rank(grade.besideIt()).equals(rank)) {
                throw new Doubt("grade " + grade.lowest() + " and grade " + grade.besideIt()
                        + " do not line up, so which is meant is not clear");
            }
            return String.valueOf(rank.get());
        }
        if (!scale.grades().contains(written)) {
            throw new Doubt("\"" + grade.lowest() + "\" is not " + (qualification == RuleQualification.A_LEVEL
                    ? "an A level grade" : "a grade of " + qualification.name(2)));
        }
        return written;
    }

    /**
     * The subjects asked for: "English and maths" two needs, "maths or a science" one need of
     * either. A list that mixes "and" with "or" could be read two ways, so it makes no rule.
     */
    private List<SubjectNeed> needs(List<SubjectPhrase> subjects, Set<Join> joins, RuleQualification qualification)
            throws Doubt {
        if (joins.contains(Join.AND) && joins.contains(Join.OR)) {
            throw new Doubt("its subjects are joined by both \"and\" and \"or\", so which are needed is not clear");
        }
        List<SubjectNeed> needs = new ArrayList<>();
        List<String> either = new ArrayList<>();
        for (SubjectPhrase phrase : subjects) {
            List<String> ids = ids(phrase, qualification);
            if (joins.contains(Join.OR)) {
                if (phrase.count() > 1) {
                    throw new Doubt("\"" + phrase.name() + "\" is one of a choice, so how many are needed is not clear");
                }
                either.addAll(ids);
            } else {
                needs.add(new SubjectNeed(ids, phrase.count()));
            }
        }
        if (!either.isEmpty()) {
            needs.add(new SubjectNeed(either.stream().distinct().toList(), 1));
        }
        Set<String> seen = new HashSet<>();
        for (SubjectNeed need : needs) {
            if (need.count() == 1 && need.anyOf().size() == 1 && SubjectCatalogue.subject(need.anyOf().get(0)).isPresent()
                    && !seen.add(need.anyOf().get(0))) {
                throw new Doubt("it names " + SubjectCatalogue.phrase(need.anyOf().get(0)) + " twice");
            }
        }
        return needs;
    }

    private List<String> ids(SubjectPhrase phrase, RuleQualification qualification) throws Doubt {
        if (phrase.relevant()) {
            if (relevant.isEmpty()) {
                throw new Doubt("\"" + phrase.name() + "\" depends on the job, and the subjects the profile names "
                        + "as relevant are not ones Career Routes can check");
            }
            return List.of(relevant.get());
        }
        List<String> ids = phrase.ids().isEmpty()
                ? SubjectCatalogue.find(phrase.name(), qualification).map(Subject::id).stream().toList()
                : phrase.ids();
        if (ids.isEmpty()) {
            throw new Doubt("\"" + phrase.name() + "\" is not a subject that can be taken as " + qualification.name(1)
                    + " in Career Routes' list");
        }
        for (String id : ids) {
            Optional<Subject> subject = SubjectCatalogue.subject(id);
            if (subject.isPresent() && !subject.get().kinds().contains(qualification)) {
                throw new Doubt("\"" + phrase.name() + "\" cannot be taken as " + qualification.name(1));
            }
        }
        return ids;
    }

    /** The route-map step where a qualification is gained: the ids the importer's maps give them. */
    static Optional<String> step(RuleQualification qualification) {
        return switch (qualification) {
            case GCSE -> Optional.of(RouteMapBuilder.GCSES);
            case A_LEVEL, LEVEL_3 -> Optional.of(RouteMapBuilder.A_LEVELS);
            case DEGREE -> Optional.of(RouteMapBuilder.DEGREE);
            default -> Optional.empty();
        };
    }
}
