package org.careerroutes.importer;

import org.careerroutes.model.EntryRule;
import org.careerroutes.model.EntryRules;
import org.careerroutes.model.RuleQualification;
import org.careerroutes.model.SubjectCatalogue;
import org.careerroutes.model.SubjectNeed;
import org.careerroutes.model.WayIn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every way of writing an entry requirement that the importer turns into a rule, in one table:
 * each row is a phrasing (a pattern for one part of a requirement), what it means, an example
 * line that uses it with the rule made from that line, and a look-alike line that must make no
 * rule at all. {@link RequirementReader} reads a line as parts in this order:
 *
 * <pre>[lead-in] clause (join clause)* [or equivalent] [purpose]
 * clause = [count] qualification [grades] [or equivalent] [including subject (subject-join subject)* [grades]] [or equivalent]</pre>
 *
 * Grades after the subjects are read only after "in", where those subjects are all that is
 * counted ("GCSEs in English and maths at grades 9 to 4"); after "including" they could be of the
 * subjects alone or of every qualification, and the line makes no rule. A line of several
 * sentences is read a sentence at a time ({@link RequirementReader#read(String)}).
 *
 * A line must be read whole, or it makes no rule: anything the table does not know ("is
 * preferred", "or relevant experience", "may need") leaves the line as text, shown as not
 * checked by Career Routes. A test walks the table both ways: each example makes its rule, each
 * look-alike makes none.
 *
 * <p>The rules column is written briefly, as {@link #brief(List)} writes rules: qualification,
 * count, lowest grade, then the subjects asked for ("/" between choices, "×2" for two of them),
 * e.g. {@code gcse 5 ≥4 [science×2] + a-level 2 [maths/science]}.
 */
final class RequirementPhrasings {

    /** The parts of a requirement line, in the order they are read. */
    enum Part { LEAD_IN, COUNT, QUALIFICATION, GRADES, EQUIVALENT, INCLUDING, SUBJECT, SUBJECT_JOIN, JOIN, PURPOSE }

    /** A count's meaning besides a number: "some" (at least one, or as many as the subjects asked for), "2 or fewer". */
    static final int SOME = -1;
    static final int OR_FEWER = -2;

    /**
     * The rules column for a line read whole that asks for no qualification: "2 or fewer GCSEs"
     * sets no lowest number, so a student with none may start (a level 1 course).
     */
    static final String NOTHING_ASKED = "nothing asked";

    /** A lowest grade as written: the number (GCSE) or letter, and the letter given beside a number, if any. */
    record Grade(String lowest, String besideIt) {
    }

    /**
     * A subject as a requirement names it: the catalogue ids it may be, how many of them, or a
     * relevant subject (which only the profile's own list of relevant subjects can say), or a
     * name to find in the catalogue once the qualification is known.
     */
    record SubjectPhrase(List<String> ids, int count, boolean relevant, String name) {
    }

    /** Subject lists joined by "and" or by "or". */
    enum Join { AND, OR, COMMA }

    /**
     * One row of the table.
     *
     * @param meaning   what a match means, by part: COUNT an Integer (or {@link #SOME}, {@link #OR_FEWER}),
     *                  QUALIFICATION a {@link RuleQualification}, GRADES a {@link Grade}, SUBJECT a
     *                  {@link SubjectPhrase}, SUBJECT_JOIN a {@link Join}, PURPOSE a {@link Purpose};
     *                  nothing for the rest
     * @param example   a whole requirement line that uses this phrasing
     * @param rule      the rules made from the example, as {@link #brief(List)} writes them
     * @param lookAlike a line that reads like one but must make no rule
     */
    record Phrasing(Part part, String name, Pattern pattern, Function<MatchResult, Object> meaning,
                    String example, String rule, String lookAlike) {
    }

    private static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String N2 = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String COMMA = "(?:,\\s*)?";

    static final List<Phrasing> TABLE = List.of(
            row(Part.LEAD_IN, "you'll usually need",
                    "(?:you'?ll|you will|you'?d|you would) (?:usually |normally |typically |also )*need(?: to have)?:?",
                    m -> null,
                    "You'll usually need five GCSEs at grades 9 to 4 (A* to C).", "gcse 5 ≥4",
                    "You may need five GCSEs at grades 9 to 4 (A* to C)."),
            row(Part.LEAD_IN, "to apply, you'll need",
                    "to apply,? (?:you'?ll|you will) (?:usually |also )*need",
                    m -> null,
                    "To apply, you'll need at least two A levels, including maths or a science.", "a-level 2 [maths/science]",
                    "To apply, it helps to have at least two A levels."),
            row(Part.LEAD_IN, "to apply for the programme, you'll need",
                    "to apply for [\\w' ()-]{1,60}?,? (?:you'?ll|you will) (?:usually |also )*need",
                    m -> null,
                    "To apply for assistant practitioner training, you'll usually need 4 GCSEs at grades 9 to 4 (A* to C), "
                            + "including English and maths, and at least two A levels, including maths or a science.",
                    "gcse 4 ≥4 [english-language, maths] + a-level 2 [maths/science]",
                    "To apply for assistant practitioner training, it helps to have 4 GCSEs."),

            row(Part.COUNT, "N or M", NUMBER + " or " + N2, m -> number(m.group(1)),
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C)", "gcse 4 ≥4",
                    "4 or 5 GCSEs would be useful"),
            row(Part.COUNT, "N to M", NUMBER + " to " + N2, m -> number(m.group(1)),
                    "2 to 3 A levels, or equivalent, for a degree", "a-level 2",
                    "2 to 3 years in a related job"),
            row(Part.COUNT, "N or more", NUMBER + " or more", m -> number(m.group(1)),
                    "2 or more GCSEs at grades 9 to 3 (A* to D), or equivalent, including English and maths",
                    "gcse 2 ≥3 [english-language, maths]",
                    "2 or more years' experience in a workshop"),
            row(Part.COUNT, "N or fewer", N2 + " or fewer", m -> OR_FEWER,
                    "2 or fewer GCSEs at grades 9 to 3 (A* to D)", NOTHING_ASKED,
                    "fewer than 2 GCSEs at grades 9 to 3 (A* to D)"),
            row(Part.COUNT, "at least N", "at least " + NUMBER, m -> number(m.group(1)),
                    "at least two A levels, including maths or a science", "a-level 2 [maths/science]",
                    "at least two years working with young people"),
            row(Part.COUNT, "some", "some", m -> SOME,
                    "some GCSEs, usually including English and maths, or equivalent, for an intermediate apprenticeship",
                    "gcse 2 [english-language, maths]",
                    "some GCSEs may help you stand out"),
            row(Part.COUNT, "a number", NUMBER, m -> number(m.group(1)),
                    "five GCSEs at grades 9 to 4 (A* to C) including two sciences", "gcse 5 ≥4 [science×2]",
                    "GCSE maths and English at grade 5 is preferred"),
            row(Part.COUNT, "a, an, one", "an?|one", m -> 1,
                    "a degree in a relevant subject", "degree 1 [science-or-engineering]",
                    "a degree in a relevant subject is useful but not essential"),

            row(Part.QUALIFICATION, "GCSEs", "GCSEs?", m -> RuleQualification.GCSE,
                    "five GCSE grades 9 to 4 (A* to C) including English language, maths, and a science subject",
                    "gcse 5 ≥4 [english-language, maths, science]",
                    "GCSEs in any subject are welcome"),
            row(Part.QUALIFICATION, "college qualifications like A levels",
                    "college qualifications,? (?:like|such as) A[ -]?levels", m -> RuleQualification.LEVEL_3,
                    "college qualifications like A levels for a degree apprenticeship", "level-3 1",
                    "college qualifications like a BTEC in art and design"),
            row(Part.QUALIFICATION, "A levels", "A[ -]?levels?", m -> RuleQualification.A_LEVEL,
                    "two or three A levels, including maths and physics", "a-level 2 [maths, physics]",
                    "A levels in maths and physics would help"),
            row(Part.QUALIFICATION, "a level 3 qualification", "level 3 qualifications?", m -> RuleQualification.LEVEL_3,
                    "a level 3 qualification, or equivalent, for a higher apprenticeship", "level-3 1",
                    "1 or 2 A levels, a level 3 diploma or relevant experience for a foundation degree or higher national diploma"),
            row(Part.QUALIFICATION, "T levels", "T[ -]levels?", m -> RuleQualification.LEVEL_3,
                    "a T level, or equivalent, for a higher apprenticeship", "level-3 1",
                    "a T level placement in a hospital"),
            row(Part.QUALIFICATION, "a degree", "(?:undergraduate |honours |bachelor'?s )?degree", m -> RuleQualification.DEGREE,
                    "a degree in physics", "degree 1 [physics]",
                    "a degree is not needed"),
            row(Part.QUALIFICATION, "a degree in any subject",
                    "(?:undergraduate |honours |bachelor'?s )?degree in any subject", m -> RuleQualification.DEGREE,
                    "You'll need a degree in any subject.", "degree 1",
                    "a degree in any subject would be useful"),

            row(Part.GRADES, "grades 9 to 4 (A* to C)", COMMA + "(?:at )?grades? ([1-9]) to ([1-9]) \\((A\\*|[A-G]) to ([A-G])\\)",
                    m -> new Grade(m.group(2), m.group(4)),
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C), or equivalent, for a level 3 course", "gcse 4 ≥4",
                    "five GCSEs at grades 9 to 4 (A* to B)"),
            row(Part.GRADES, "grades 9 to 3", COMMA + "(?:at )?grades? ([1-9]) to ([1-9])", m -> new Grade(m.group(2), null),
                    "2 or more GCSEs at grades 9 to 3, including English and maths", "gcse 2 ≥3 [english-language, maths]",
                    "GCSEs at grades 9 to 3 are an advantage"),
            row(Part.GRADES, "grade 4 or above", COMMA + "(?:at )?grade ([1-9])(?: \\(([A-G])\\))? or (?:above|higher|better)",
                    m -> new Grade(m.group(1), m.group(2)),
                    "five GCSEs at grade 4 or above, including maths", "gcse 5 ≥4 [maths]",
                    "GCSE maths at grade 4 or above is desirable"),
            row(Part.GRADES, "grades A* to C", COMMA + "(?:at )?grades? (?:A\\*|[A-G]) to ([A-G])", m -> new Grade(m.group(1), null),
                    "three A levels at grades A* to C", "a-level 3 ≥C",
                    "three A levels at grades A* to C or a BTEC"),
            row(Part.GRADES, "grade C or above", COMMA + "(?:at )?grade (A\\*|[A-G]) or (?:above|higher|better)",
                    m -> new Grade(m.group(1), null),
                    "two A levels at grade C or above, including chemistry", "a-level 2 ≥C [chemistry]",
                    "two A levels at grade C or above are an advantage"),

            row(Part.EQUIVALENT, "or equivalent", COMMA + "or (?:an? |the )?equivalent(?: qualifications?)?,?", m -> null,
                    "2 to 3 A levels, or equivalent, for a degree", "a-level 2",
                    "five GCSEs or equivalent experience"),

            row(Part.INCLUDING, "including", COMMA + "including", m -> null,
                    "five GCSEs at grades 9 to 4 (A* to C) including two sciences", "gcse 5 ≥4 [science×2]",
                    "five GCSEs at grades 9 to 4 (A* to C) including two sciences or equivalent experience"),
            row(Part.INCLUDING, "usually including", COMMA + "usually including", m -> null,
                    "5 GCSEs at grades 9 to 4 (A* to C), usually including English and maths, or equivalent, for an advanced apprenticeship",
                    "gcse 5 ≥4 [english-language, maths]",
                    "5 GCSEs at grades 9 to 4 (A* to C), ideally including English and maths"),
            row(Part.INCLUDING, "in", "in", m -> null,
                    "a degree in physics", "degree 1 [physics]",
                    "a degree in a subject of your choice"),

            row(Part.SUBJECT, "two sciences", NUMBER + " (?:sciences|science subjects)",
                    m -> new SubjectPhrase(List.of(SubjectCatalogue.SCIENCE), number(m.group(1)), false, m.group()),
                    "five GCSEs at grades 9 to 4 (A* to C) including two sciences", "gcse 5 ≥4 [science×2]",
                    "five GCSEs including two sciences or a technology subject"),
            row(Part.SUBJECT, "a science", "(?:a |one |at least one )?science(?: subject)?",
                    m -> new SubjectPhrase(List.of(SubjectCatalogue.SCIENCE), 1, false, m.group()),
                    "five GCSE grades 9 to 4 (A* to C) including English language, maths, and a science subject",
                    "gcse 5 ≥4 [english-language, maths, science]",
                    "five GCSEs including a science-based subject"),
            row(Part.SUBJECT, "English", "English(?: language)?",
                    m -> new SubjectPhrase(List.of("english-language"), 1, false, m.group()),
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C) including English and maths", "gcse 4 ≥4 [english-language, maths]",
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C) including English or maths and a science"),
            row(Part.SUBJECT, "maths", "maths|mathematics|math",
                    m -> new SubjectPhrase(List.of("maths"), 1, false, m.group()),
                    "two A levels, including maths", "a-level 2 [maths]",
                    "two A levels, including maths if possible"),
            row(Part.SUBJECT, "a relevant subject", "a relevant (?:subject|area)|a related subject",
                    m -> new SubjectPhrase(List.of(), 1, true, m.group()),
                    "a degree in a relevant subject", "degree 1 [science-or-engineering]",
                    "a degree in a relevant subject is useful but not essential"),
            row(Part.SUBJECT, "a subject Career Routes knows", catalogueNames(),
                    m -> new SubjectPhrase(List.of(), 1, false, m.group()),
                    "two or three A levels, including biology", "a-level 2 [biology]",
                    "two or three A levels, including biology if possible"),

            row(Part.SUBJECT_JOIN, "and", ",\\s*and|and|,", m -> m.group().contains("and") ? Join.AND : Join.COMMA,
                    "five GCSEs at grades 9 to 4 (A* to C), including English, maths and a science",
                    "gcse 5 ≥4 [english-language, maths, science]",
                    "five GCSEs at grades 9 to 4 (A* to C), including English and maths or a science"),
            row(Part.SUBJECT_JOIN, "or", ",\\s*or|or", m -> Join.OR,
                    "at least two A levels, including maths or a science", "a-level 2 [maths/science]",
                    "at least two A levels, including maths or a science, or relevant experience"),

            row(Part.JOIN, "and", COMMA + "(?:and(?: also)?|plus|as well as)", m -> null,
                    "You'll usually need four or five GCSEs at grades 9 to 4 (A* to C), and college qualifications like A levels for a degree apprenticeship.",
                    "gcse 4 ≥4 + level-3 1",
                    "four or five GCSEs at grades 9 to 4 (A* to C), or college qualifications like A levels"),

            purpose(Purpose.DEGREE, "2 to 3 A levels, or equivalent, for a degree", "a-level 2",
                    "2 to 3 A levels for a degree in nursing"),
            purpose(Purpose.FOUNDATION_DEGREE, "1 or 2 A levels, or equivalent, for a foundation degree or higher national diploma",
                    "a-level 1",
                    "1 or 2 A levels, a level 3 diploma or relevant experience for a foundation degree or higher national diploma"),
            purpose(Purpose.POSTGRADUATE_COURSE, "a degree in a relevant subject for a postgraduate course",
                    "degree 1 [science-or-engineering]",
                    "a degree in a relevant subject for a postgraduate course at some universities"),
            purpose(Purpose.LEVEL_1_COURSE, "2 or fewer GCSEs at grades 9 to 3 (A* to D) for a level 1 course", NOTHING_ASKED,
                    "2 or fewer GCSEs at grades 9 to 3 (A* to D) for a level 1 course in some colleges"),
            purpose(Purpose.LEVEL_2_COURSE, "2 or more GCSEs at grades 9 to 3 (A* to D), or equivalent, for a level 2 course",
                    "gcse 2 ≥3",
                    "2 or more GCSEs at grades 9 to 3 (A* to D) for a level 2 course in some colleges"),
            purpose(Purpose.LEVEL_3_COURSE, "4 or 5 GCSEs at grades 9 to 4 (A* to C), or equivalent, for a level 3 course",
                    "gcse 4 ≥4",
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C) for a level 3 course, depending on the college"),
            purpose(Purpose.T_LEVEL, "4 or 5 GCSEs at grades 9 to 4 (A* to C), including English and maths, for a T level",
                    "gcse 4 ≥4 [english-language, maths]",
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C) for a T level placement"),
            purpose(Purpose.INTERMEDIATE_APPRENTICESHIP,
                    "some GCSEs, usually including English and maths, or equivalent, for an intermediate apprenticeship",
                    "gcse 2 [english-language, maths]",
                    "some GCSEs, usually including English and maths, for an intermediate apprenticeship in some areas"),
            purpose(Purpose.ADVANCED_APPRENTICESHIP,
                    "5 GCSEs at grades 9 to 4 (A* to C), usually including English and maths, or equivalent, for an advanced apprenticeship",
                    "gcse 5 ≥4 [english-language, maths]",
                    "5 GCSEs at grades 9 to 4 (A* to C) for an advanced apprenticeship, or relevant experience"),
            purpose(Purpose.HIGHER_OR_DEGREE_APPRENTICESHIP,
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C) and college qualifications like A levels for a higher or degree apprenticeship",
                    "gcse 4 ≥4 + level-3 1",
                    "4 or 5 GCSEs at grades 9 to 4 (A* to C) or college qualifications like A levels for a higher or degree apprenticeship"),
            purpose(Purpose.HIGHER_APPRENTICESHIP, "a level 3 qualification, or equivalent, for a higher apprenticeship",
                    "level-3 1",
                    "a level 3 diploma for a higher apprenticeship"),
            purpose(Purpose.DEGREE_APPRENTICESHIP, "college qualifications like A levels for a degree apprenticeship",
                    "level-3 1",
                    "college qualifications like A levels may help for a degree apprenticeship"));

    private RequirementPhrasings() {
    }

    private static Phrasing row(Part part, String name, String pattern, Function<MatchResult, Object> meaning,
                                String example, String rule, String lookAlike) {
        // A phrasing ends where a word does: "A level" is not the start of "A levelling".
        return new Phrasing(part, name, Pattern.compile("(?:" + pattern + ")(?![\\w*])", Pattern.CASE_INSENSITIVE),
                meaning, example, rule, lookAlike);
    }

    private static Phrasing purpose(Purpose purpose, String example, String rule, String lookAlike) {
        return row(Part.PURPOSE, "for " + purpose.words(), COMMA + "for " + Pattern.quote(purpose.words()),
                m -> purpose, example, rule, lookAlike);
    }

    /** The rows of one part, in table order (the order they are tried). */
    static List<Phrasing> of(Part part) {
        return TABLE.stream().filter(p -> p.part() == part).toList();
    }

    /** "five" or "5" as 5. */
    static int number(String written) {
        List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve");
        int index = words.indexOf(written.toLowerCase(Locale.ROOT));
        return index >= 0 ? index : Integer.parseInt(written);
    }

    /**
     * Every subject name and other name the catalogue knows, longest first so that "English
     * literature" is tried before "English"; which subject a name is depends on the
     * qualification, so it is looked up once that is known.
     */
    private static String catalogueNames() {
        return Stream.of(RuleQualification.GCSE, RuleQualification.A_LEVEL, RuleQualification.DEGREE)
                .flatMap(kind -> SubjectCatalogue.subjectsFor(kind).stream())
                .flatMap(s -> Stream.concat(Stream.of(s.name()), s.aliases().stream()))
                .map(name -> name.toLowerCase(Locale.UK)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** What a line read gave, briefly: its rules, {@value #NOTHING_ASKED}, or "no rule". */
    static String brief(RequirementReader.Result read) {
        return read.asksNothing() ? NOTHING_ASKED : brief(read.rules());
    }

    /**
     * A route's rules briefly: those every way needs, then each way in with its own ("for a level 2
     * course: gcse 2 ≥3 | for a level 3 course: gcse 4 ≥4"), {@value #NOTHING_ASKED} or "not checked".
     */
    static String brief(EntryRules rules) {
        List<String> parts = new ArrayList<>();
        if (!rules.toStart().isEmpty() || rules.waysIn().isEmpty()) {
            parts.add(brief(rules.toStart()));
        }
        for (WayIn way : rules.waysIn()) {
            parts.add(way.title() + ": " + (!way.checked() ? "not checked" : way.asksForNothing() ? NOTHING_ASKED
                    : brief(way.rules())));
        }
        return String.join(" | ", parts);
    }

    /** Rules written briefly, as the table's rule column writes them; "no rule" for none. */
    static String brief(List<EntryRule> rules) {
        if (rules.isEmpty()) {
            return "no rule";
        }
        List<String> each = new ArrayList<>();
        for (EntryRule rule : rules) {
            StringBuilder text = new StringBuilder(rule.qualification().key()).append(' ').append(rule.count());
            rule.minGrade().ifPresent(g -> text.append(" ≥").append(g));
            if (!rule.including().isEmpty()) {
                text.append(" [").append(rule.including().stream().map(RequirementPhrasings::brief)
                        .collect(Collectors.joining(", "))).append(']');
            }
            each.add(text.toString());
        }
        return String.join(" + ", each);
    }

    private static String brief(SubjectNeed need) {
        return String.join("/", need.anyOf()) + (need.count() > 1 ? "×" + need.count() : "");
    }
}
