package org.careerroutes.eligibility;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every card, for many students, read the way a careful adviser would read it: "yours" only just
 * after the one subject or degree it means, never two brackets side by side or one inside
 * another, never the same need said twice, and never the same result named under two needs as if
 * putting it right once would meet both.
 */
class EligibilityWordingTest {

    private static Profile profile;

    @BeforeAll
    static void load() {
        profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
    }

    // ---- the checks, each a problem in words or empty

    /** Words that, just before "(yours", mean more than one thing could be meant. */
    private static final Pattern SEVERAL = Pattern.compile(
            "\\b(two|three|four|five|six|more|other|another|each|any|GCSEs|A levels|sciences|subjects|qualifications)\\b"
                    + "|\\bor an? ");

    static Optional<String> yoursWithoutASubject(String line) {
        Matcher yours = Pattern.compile("\\byours\\b").matcher(line);
        while (yours.find()) {
            int start = yours.start();
            if (start < 1 || line.charAt(start - 1) != '(') {
                return Optional.of("\"yours\" outside a bracket just after what it means: " + line);
            }
            // What the bracket is about: this need, from the last "; " or the line's start.
            String before = line.substring(0, start - 1);
            before = before.substring(before.lastIndexOf("; ") + 1);
            before = before.substring(before.lastIndexOf(": ") + 1);
            if (SEVERAL.matcher(before).find()) {
                return Optional.of("\"yours\" after several things, so which is not said: " + line);
            }
        }
        return Optional.empty();
    }

    static Optional<String> doubledBracket(String line) {
        if (line.contains(") (") || line.contains(")(")) {
            return Optional.of("two brackets side by side: " + line);
        }
        int depth = 0;
        for (char c : line.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth > 1) {
                return Optional.of("a bracket inside a bracket: " + line);
            }
        }
        return Optional.empty();
    }

    /** A need as said: its words up to its first remark ("(your ...", "– your ...", ", which ..."). */
    private static String head(String text) {
        String head = text.replaceFirst("^[\u2713\u2717\u25d1?+\u2022\u2192\u2013] ", "");
        for (String stop : List.of(" (", " \u2013 ", ", which ", ": ")) {
            int at = head.indexOf(stop);
            if (at > 0 && !head.substring(0, at).endsWith("grades 9 to 4")) {
                head = head.substring(0, at);
            }
        }
        return head.strip().toLowerCase(Locale.UK);
    }

    /** The same need twice in "You need", or a need said again as a requirement line on the same card. */
    static Optional<String> needStatedTwice(List<String> needs, List<String> requirementLines) {
        Set<String> seen = new HashSet<>();
        for (String need : needs) {
            if (!seen.add(head(need))) {
                return Optional.of("need said twice under You need: " + need);
            }
        }
        for (String line : requirementLines) {
            if (seen.contains(head(line))) {
                return Optional.of("need \"" + head(line) + "\" said under You need and again as: " + line);
            }
        }
        // One result named under two needs reads as if putting it right once met both.
        Pattern yourSubjects = Pattern.compile("\\byour ([^;()\u2013]+?) (?:is|are|degree is) ");
        Set<String> named = new HashSet<>();
        for (String need : needs) {
            Set<String> here = new LinkedHashSet<>();
            Matcher m = yourSubjects.matcher(need);
            while (m.find()) {
                for (String subject : m.group(1).split(", | and ")) {
                    here.add(subject.strip());
                }
            }
            for (String subject : here) {
                if (!named.add(subject)) {
                    return Optional.of("your " + subject + " is named under two needs: " + needs);
                }
            }
        }
        return Optional.empty();
    }

    /** "History and History": one name said twice over, as two. */
    static Optional<String> nameSaidTwice(String line) {
        Matcher twice = Pattern.compile("\\b([A-Za-z][a-z']+(?: [a-z']+)?) and \\1\\b", Pattern.CASE_INSENSITIVE).matcher(line);
        return twice.find() ? Optional.of("\"" + twice.group() + "\" names one thing twice: " + line) : Optional.empty();
    }

    /** "May be considered" said more than once on a card, or a card that may be considered naming nothing of the student's. */
    static Optional<String> consideredMoreThanOnce(List<String> lines, boolean mayBeConsidered) {
        long times = lines.stream().filter(line -> line.contains("considered")).count();
        if (times > 1) {
            return Optional.of("\"considered\" said " + times + " times: " + lines);
        }
        if (mayBeConsidered && lines.stream().noneMatch(line -> line.contains("your ") && line.contains("accepted"))) {
            return Optional.of("may be considered, but what of the student's may be accepted is not named: " + lines);
        }
        return Optional.empty();
    }

    /** "Predicted" of a student whose results not had yet are all courses still being studied, which are expected. */
    static Optional<String> predictedForACourse(List<StudentQualification> mine, List<String> lines) {
        List<StudentQualification> notYet = mine.stream().filter(StudentQualification::predicted).toList();
        if (notYet.isEmpty() || !notYet.stream().allMatch(q -> q.type().isHigherEducation())) {
            return Optional.empty();
        }
        return lines.stream().filter(line -> line.toLowerCase(Locale.UK).contains("predicted")).findFirst()
                .map(line -> "\"predicted\" for a course still being studied: " + line);
    }

    private static List<String> problems(VerdictCard card, String summary) {
        List<String> problems = new ArrayList<>();
        for (String line : Stream.concat(card.lines().stream(), Stream.of(summary)).toList()) {
            yoursWithoutASubject(line).ifPresent(problems::add);
            doubledBracket(line).ifPresent(problems::add);
            nameSaidTwice(line).ifPresent(problems::add);
        }
        List<String> requirementLines = card.groups().stream().flatMap(g -> g.lines().stream()).toList();
        needStatedTwice(card.needs(), requirementLines).ifPresent(problems::add);
        return problems;
    }

    // ---- the checks catch what was seen on screen

    @Test
    void theChecksCatchTheWordingSeenOnScreen() {
        assertTrue(yoursWithoutASubject("two sciences at GCSE grade 4 or above (yours is grade 3)").isPresent());
        assertTrue(yoursWithoutASubject("one more science at GCSE grade 4 or above (yours is grade 3)").isPresent());
        assertTrue(yoursWithoutASubject("English language at GCSE grade 4 or above (yours is grade 3)").isEmpty());
        assertTrue(yoursWithoutASubject("a first or 2:1 degree in a relevant science or engineering subject "
                + "(yours is a 2:2)").isEmpty());
        assertTrue(doubledBracket("a first or 2:1 degree in a relevant science or engineering subject (History is not "
                + "on our list of these subjects; universities and employers decide what is relevant) (yours is a 2:2)")
                .isPresent());
        assertTrue(doubledBracket("four or five GCSEs at grades 9 to 4 (A* to C (your maths is grade 3))").isPresent());
        assertTrue(doubledBracket("four or five GCSEs at grades 9 to 4 (A* to C) \u2013 your maths is grade 3").isEmpty());
        assertTrue(needStatedTwice(List.of("a degree"), List.of("\u2717 A degree: not yet")).isPresent());
        assertTrue(needStatedTwice(List.of("one more GCSE at grade 4 or above, in any subject (your chemistry is grade 3)",
                "one more science at GCSE grade 4 or above (your chemistry is grade 3)"), List.of()).isPresent());
        assertTrue(needStatedTwice(List.of("maths and physics at A level"),
                List.of("\u2713 Five GCSEs at grades 9 to 4 (A* to C) including two sciences: you have this")).isEmpty());
        assertTrue(nameSaidTwice("(History and History are not on our list of these subjects)").isPresent());
        assertTrue(nameSaidTwice("maths and physics at A level").isEmpty());
        assertTrue(consideredMoreThanOnce(List.of("? You may be considered", "You may be considered: to apply for the STP, "
                + "you do not meet the usual requirements, but what you have may be accepted.",
                "? A first or 2:1 degree: not met, but what you have may be considered"), true).isPresent());
        assertTrue(consideredMoreThanOnce(List.of("? You may be considered to apply for the STP",
                "The usual requirement is a first or 2:1 degree, and what you have may be accepted instead."), true)
                .isPresent(), "what may be accepted is not named");
        assertTrue(predictedForACourse(Qualifications.parse("degree physics 2:1 p"),
                List.of("Predicted grades meet the usual entry requirements")).isPresent());
        assertTrue(predictedForACourse(Qualifications.parse("alevel physics B p; degree physics 2:1 p"),
                List.of("Predicted grades meet the usual entry requirements")).isEmpty());
    }

    // ---- every card, for many students

    /** Each kind of student, made of every mix of these. */
    private static final List<String> SCHOOL = List.of("",
            "gcse maths 5; gcse english language 5; gcse biology 4; gcse chemistry 4; gcse physics 4",
            "gcse maths 3; gcse english language 3; gcse biology 3; gcse chemistry 2; gcse history 3",
            "gcse maths 5; gcse english language 5; gcse history 5; gcse biology 3; gcse chemistry 3; gcse physics 3",
            "gcse maths 5; gcse english language 5; gcse biology 5; gcse chemistry 3",
            "gcse maths 3; gcse english language 5; gcse biology 5; gcse history 5; gcse french 5",
            "gcse maths 4; gcse english language 4; gcse history 4; gcse geography 4; gcse combined science 4-3",
            "gcse maths 5 p; gcse english language 3 p; gcse combined science 3-3 p; gcse history 5 p",
            "gcse maths D; gcse english language C; gcse biology C; gcse chemistry B; gcse history A");
    private static final List<String> COLLEGE = List.of("", "alevel maths B; alevel physics C",
            "alevel maths B p; alevel physics C p", "alevel biology A; alevel chemistry A", "alevel maths A",
            "l3 BTEC National in Engineering", "alevel history C; alevel geography C");
    private static final List<String> DEGREES = List.of("", "degree physics 2:1", "degree physics 2:1 p",
            "degree physics 2:2", "degree physics 2:2 p", "degree physics third", "degree history first",
            "degree history 2:2", "degree history first; degree physics 2:2", "higher medical physics",
            "higher physics p", "degree physics 2:2; higher medical physics p", "degree physics 2:2; higher history",
            "degree physics 2:2 p; higher medical physics p", "degree Underwater archaeology 2:1",
            "degree Clinical engineering (healthcare science) = 2:2", "degree physics 2:2; higher medical physics",
            "foundation mechanical engineering merit", "hnd engineering distinction p", "degree physics = ordinary",
            "degree BSc History with Physics = 2:1", "degree Mathematics and Physics = 2:2",
            "degree history 2:1; higher medical physics", "degree history 2:1; higher medical physics p",
            "degree history 2:2; higher medical physics", "degree history first; higher history",
            "degree BA (Hons) History = 2:1", "degree BA (Hons) History = 2:2; higher MSc (Res) Archaeology (Underwater)");
    private static final List<String> EXPERIENCE = List.of("", "exp voluntary work in a hospital",
            "exp voluntary work in a hospital; exp patient contact");

    static Stream<String> students() {
        List<String> all = new ArrayList<>();
        for (String school : SCHOOL) {
            for (String college : COLLEGE) {
                for (String degree : DEGREES) {
                    for (String experience : EXPERIENCE) {
                        String student = String.join("; ", Stream.of(school, college, degree, experience)
                                .filter(s -> !s.isEmpty()).toList());
                        if (!student.isEmpty()) {
                            all.add(student);
                        }
                    }
                }
            }
        }
        return Stream.concat(all.stream(), EligibilityTableTest.cases().map(EligibilityTableTest.Case::qualifications)
                .filter(q -> !q.isBlank()));
    }

    /**
     * A route that points to another tells what that route's card tells: what is needed next in
     * the same words, and how a rule was met (a master's counting for the degree's subject) too.
     */
    static Optional<String> oneStory(RouteVerdict verdict, List<RouteVerdict> all) {
        if (verdict.redirect().isEmpty() || verdict.redirect().get().instead().isEmpty()) {
            return Optional.empty();
        }
        String instead = verdict.redirect().get().instead().get().id();
        RouteVerdict there = all.stream().filter(v -> v.route().id().equals(instead)).findFirst().orElseThrow();
        List<String> lines = VerdictCard.of(verdict, true).lines();
        String said = String.join(" ", lines);
        for (String need : there.outcome() == Outcome.NOT_YET ? there.missing() : List.<String>of()) {
            if (!said.contains(need)) {
                return Optional.of("the route it points to needs \"" + need + "\", not said here: " + lines);
            }
        }
        for (String note : there.notes()) {
            if (!said.contains(note)) {
                return Optional.of("the route it points to says \"" + note + "\", not said here: " + lines);
            }
        }
        return Optional.empty();
    }

    /**
     * The routes of the test pack, ways in included, read the same way by school and college
     * students: each card as above, and one story for a route with ways in: its card's needs are
     * those of the way it names, as that way's pathway says them, and a way it does not name is
     * still on the card.
     */
    @Test
    void everyCardOfThePacksRoutesReadsRight() throws java.io.IOException {
        List<Profile> pack;
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
                "src/test/resources/pack/profiles"))) {
            pack = files.sorted().map(f -> ProfileLoader.loadFile(f).profile().orElseThrow()).toList();
        }
        List<String> students = new ArrayList<>();
        for (String school : SCHOOL) {
            for (String college : COLLEGE) {
                students.add(String.join("; ", Stream.of(school, college).filter(x -> !x.isEmpty()).toList()));
            }
        }
        students.addAll(List.of("gcse maths 2", "gcse art 1; gcse music 2", "gcse maths 5; gcse english language 4 p",
                "gcse maths 5; gcse english language 5; gcse history 5; gcse art 5; alevel physics C p",
                "gcse maths 5; gcse english language 5; degree history 2:1"));
        List<String> problems = new ArrayList<>();
        long[] cards = {0};
        for (Profile job : pack) {
            for (String student : students.stream().filter(x -> !x.isEmpty()).toList()) {
                List<StudentQualification> mine = Qualifications.parse(student);
                for (RouteVerdict verdict : EligibilityChecker.checkAll(job, mine)) {
                    cards[0]++;
                    VerdictCard card = VerdictCard.of(verdict, true);
                    List<String> found = new ArrayList<>(problems(card, verdict.summary()));
                    consideredMoreThanOnce(card.lines(), verdict.outcome() == Outcome.MAY_BE_CONSIDERED)
                            .ifPresent(found::add);
                    waysInOneStory(verdict, card).ifPresent(found::add);
                    found.forEach(p -> problems.add(job.id() + "/" + verdict.route().id() + " | " + student + "\n    " + p));
                }
            }
        }
        assertTrue(cards[0] > 5_000, "cards read: " + cards[0]);
        assertEquals(List.of(), problems.stream().distinct().limit(20).toList(), () -> problems.size() + " problems");
    }

    /**
     * A route with ways in: its needs are its way's own; every other way is on the card, in a line
     * of its own or in the headline; and the headline names a way.
     */
    static Optional<String> waysInOneStory(RouteVerdict verdict, VerdictCard card) {
        if (verdict.ways().isEmpty() || verdict.redirect().isPresent()) {
            return Optional.empty();
        }
        RouteVerdict own = verdict.ways().stream().filter(w -> w.way().equals(verdict.way())).findFirst().orElseThrow();
        if (!own.missing().equals(verdict.missing())) {
            return Optional.of("needs " + verdict.missing() + " are not its way's own " + own.missing());
        }
        String said = String.join("\n", card.lines());
        for (RouteVerdict way : verdict.ways()) {
            String title = way.way().orElseThrow().title();
            if (!said.contains(title) && !said.contains(org.careerroutes.model.Words.capitalise(title))) {
                return Optional.of("the way in \"" + title + "\" is not on the card: " + card.lines());
            }
        }
        return Optional.empty();
    }

    @Test
    void everyCardForEveryStudentReadsRight() {
        List<String> problems = new ArrayList<>();
        long[] cards = {0};
        students().forEach(student -> {
            List<StudentQualification> mine = Qualifications.parse(student);
            List<RouteVerdict> verdicts = EligibilityChecker.checkAll(profile, mine);
            for (RouteVerdict verdict : verdicts) {
                cards[0]++;
                VerdictCard card = VerdictCard.of(verdict, true);
                List<String> found = new ArrayList<>(problems(card, verdict.summary()));
                consideredMoreThanOnce(card.lines(), verdict.outcome() == Outcome.MAY_BE_CONSIDERED).ifPresent(found::add);
                predictedForACourse(mine, card.lines()).ifPresent(found::add);
                oneStory(verdict, verdicts).ifPresent(found::add);
                found.forEach(p -> problems.add(verdict.route().id() + " | " + student + "\n    " + p));
            }
        });
        assertTrue(cards[0] > 10_000, "cards read: " + cards[0]);
        assertEquals(List.of(), problems.stream().distinct().limit(20).toList(), () -> problems.size() + " problems");
    }
}
