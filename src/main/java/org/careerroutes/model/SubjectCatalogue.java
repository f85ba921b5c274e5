package org.careerroutes.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.careerroutes.model.RuleQualification.A_LEVEL;
import static org.careerroutes.model.RuleQualification.DEGREE;
import static org.careerroutes.model.RuleQualification.EXPERIENCE;
import static org.careerroutes.model.RuleQualification.GCSE;
import static org.careerroutes.model.RuleQualification.HIGHER_DEGREE;
import static org.careerroutes.model.RuleQualification.LEVEL_5;

/**
 * The subjects and groups that rules of entry name and that students pick from, with the
 * other names students type for them. What counts as "a science" is decided here, once:
 * biology, chemistry and physics, and at GCSE also Combined Science (a double award, so two
 * sciences), and the older single-award Science and Additional Science.
 */
public final class SubjectCatalogue {
    /** Compiled once: every subject a student enters, and every one a rule names, goes through it. */
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");


    public static final String SCIENCE = "science";
    public static final String RELEVANT_DEGREE = "science-or-engineering";

    /**
     * GCSE triple science (also called separate sciences): three GCSEs, one each in biology,
     * chemistry and physics, each with its own grade, so it is entered as those three, not as one
     * subject. Its names, and the subjects it is, in the order their grades are given.
     */
    public static final List<String> TRIPLE_SCIENCE_NAMES = List.of("Triple science", "Triple award science",
            "Separate sciences", "Separate science", "Triple science (separate sciences)");
    public static final List<String> TRIPLE_SCIENCE_PARTS = List.of("biology", "chemistry", "physics");
    private static final Set<String> TRIPLE_SCIENCE_KEYS = Set.copyOf(TRIPLE_SCIENCE_NAMES.stream()
            .map(SubjectCatalogue::normalise).toList());

    private static final Map<String, SubjectGroup> GROUPS = new LinkedHashMap<>();
    private static final Map<String, Subject> SUBJECTS = new LinkedHashMap<>();

    static {
        group(SCIENCE, "a science", "sciences");
        group(RELEVANT_DEGREE, "a relevant science or engineering subject",
                "relevant science or engineering subjects");
        group("hospital-experience", "experience in a hospital", "kinds of experience in a hospital");

        Set<RuleQualification> school = Set.of(GCSE, A_LEVEL);
        Set<RuleQualification> anyLevel = Set.of(GCSE, A_LEVEL, LEVEL_5, DEGREE, HIGHER_DEGREE);
        Set<RuleQualification> degree = Set.of(LEVEL_5, DEGREE, HIGHER_DEGREE);

        subject("maths", "Maths", anyLevel, Set.of(), "Mathematics", "Math", "Pure maths", "Pure mathematics");
        subject("further-maths", "Further maths", Set.of(A_LEVEL), Set.of(), "Further mathematics");
        subject("english-language", "English language", school, Set.of(), "English", "English lang");
        subject("english-literature", "English literature", school, Set.of(), "English lit");
        subject("biology", "Biology", anyLevel, Set.of(SCIENCE));
        subject("chemistry", "Chemistry", anyLevel, Set.of(SCIENCE));
        subject("physics", "Physics", anyLevel, Set.of(SCIENCE, RELEVANT_DEGREE), "Pure physics");
        add(new Subject("combined-science", "Combined science", List.of("Combined science (double award)",
                "Double science", "Science double award", "Combined science trilogy", "Trilogy"),
                Set.of(GCSE), Set.of(SCIENCE), 2));
        subject("single-science", "Science (single award)", Set.of(GCSE), Set.of(SCIENCE), "Science", "Core science");
        subject("additional-science", "Additional science", Set.of(GCSE), Set.of(SCIENCE));
        subject("computer-science", "Computer science", anyLevel, Set.of(), "Computing", "ICT");
        subject("statistics", "Statistics", school, Set.of());
        subject("design-and-technology", "Design and technology", school, Set.of(), "DT", "Design technology",
                "Product design");
        subject("engineering", "Engineering", Set.of(GCSE, LEVEL_5, DEGREE, HIGHER_DEGREE), Set.of(RELEVANT_DEGREE),
                "General engineering");
        subject("electronics", "Electronics", school, Set.of());
        subject("geography", "Geography", school, Set.of());
        subject("history", "History", school, Set.of());
        subject("french", "French", school, Set.of());
        subject("spanish", "Spanish", school, Set.of());
        subject("german", "German", school, Set.of());
        subject("religious-studies", "Religious studies", school, Set.of(), "RE", "RS");
        subject("art-and-design", "Art and design", school, Set.of(), "Art");
        subject("music", "Music", school, Set.of());
        subject("physical-education", "Physical education", school, Set.of(), "PE");
        subject("business", "Business", school, Set.of(), "Business studies");
        subject("economics", "Economics", Set.of(A_LEVEL), Set.of());
        subject("psychology", "Psychology", school, Set.of());

        subject("electrical-electronic-engineering", "Electrical or electronic engineering", degree,
                Set.of(RELEVANT_DEGREE), "Electrical engineering", "Electronic engineering",
                "Electrical and electronic engineering", "EEE");
        subject("mechanical-engineering", "Mechanical engineering", degree, Set.of(RELEVANT_DEGREE));
        subject("biomedical-engineering", "Biomedical engineering", degree, Set.of(RELEVANT_DEGREE),
                "Medical engineering", "Bioengineering");
        subject("biomedical-science", "Biomedical science", degree, Set.of(RELEVANT_DEGREE));
        subject("applied-physics", "Applied physics", degree, Set.of(RELEVANT_DEGREE));
        subject("applied-maths", "Applied maths", degree, Set.of(RELEVANT_DEGREE), "Applied mathematics");
        // Accredited degrees are often named with their theme: "Healthcare science (clinical
        // engineering)" is a clinical engineering degree, as "Clinical engineering" is.
        subject("medical-physics", "Medical physics", degree, Set.of(RELEVANT_DEGREE),
                "Healthcare science (medical physics)", "Medical physics (healthcare science)");
        subject("clinical-engineering", "Clinical engineering", degree, Set.of(RELEVANT_DEGREE),
                "Medical engineering and clinical engineering", "Clinical engineering (healthcare science)",
                "Healthcare science (clinical engineering)", "Clinical and biomedical engineering",
                "Biomedical and clinical engineering", "Clinical engineering and medical physics");
        subject("healthcare-science", "Healthcare science", degree, Set.of());

        subject("hospital-volunteering", "Voluntary work in a hospital", Set.of(EXPERIENCE),
                Set.of("hospital-experience"), "Hospital volunteering", "Volunteering in a hospital");
        subject("patient-contact", "Experience of patient contact", Set.of(EXPERIENCE),
                Set.of("hospital-experience"), "Patient contact");
        subject("engineering-work", "Work experience in engineering", Set.of(EXPERIENCE), Set.of(),
                "Engineering work experience");
    }

    private SubjectCatalogue() {
    }

    private static void group(String id, String one, String many) {
        GROUPS.put(id, new SubjectGroup(id, one, many));
    }

    private static void subject(String id, String name, Set<RuleQualification> kinds, Set<String> groups,
                                String... aliases) {
        add(new Subject(id, name, List.of(aliases), kinds, groups, 1));
    }

    private static void add(Subject subject) {
        if (GROUPS.containsKey(subject.id()) || SUBJECTS.put(subject.id(), subject) != null) {
            throw new IllegalStateException("two subjects with id " + subject.id());
        }
    }

    public static Optional<Subject> subject(String id) {
        return Optional.ofNullable(SUBJECTS.get(id));
    }

    public static Optional<SubjectGroup> group(String id) {
        return Optional.ofNullable(GROUPS.get(id));
    }

    /** Whether rules may name this id: a subject or a group. */
    public static boolean isKnown(String id) {
        return SUBJECTS.containsKey(id) || GROUPS.containsKey(id);
    }

    /** Every id a rule may name, subjects first, for a message listing them. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>(SUBJECTS.keySet());
        ids.addAll(GROUPS.keySet());
        return ids;
    }

    /** The subjects that can be taken as this kind of qualification, in catalogue order. */
    public static List<Subject> subjectsFor(RuleQualification kind) {
        return SUBJECTS.values().stream().filter(s -> s.kinds().contains(kind)).toList();
    }

    /**
     * The subject a student means by what they typed, when it is one subject we know. Only
     * subjects of this kind are matched, so "Maths" is the school subject for a GCSE and not the
     * degree. See {@link #read} for titles with two subjects in them.
     */
    public static Optional<Subject> find(String typed, RuleQualification kind) {
        return read(typed, kind).single();
    }

    /**
     * What a subject as typed reads as. A school subject is matched on its name or an alias with
     * case, spacing, "&" for "and" and punctuation ignored; a degree's, master's, foundation
     * degree's or HND's title the way universities write it (see {@link SubjectTitles}):
     * "BSc (Hons) Mathematics and Physics" is joint honours in maths and physics.
     */
    public static SubjectReading read(String typed, RuleQualification kind) {
        if (typed == null || typed.isBlank()) {
            return SubjectReading.unknown("");
        }
        return isTitled(kind) ? SubjectTitles.read(typed, subjectsFor(kind)) : bySchoolName(typed, kind);
    }

    /** The kinds whose subject is a title, with an award and perhaps two subjects. */
    private static boolean isTitled(RuleQualification kind) {
        return kind == DEGREE || kind == HIGHER_DEGREE || kind == LEVEL_5;
    }

    private static SubjectReading bySchoolName(String typed, RuleQualification kind) {
        String name = normalise(typed);
        return subjectsFor(kind).stream()
                .filter(s -> normalise(s.name()).equals(name) || s.aliases().stream().anyMatch(a -> normalise(a).equals(name)))
                .findFirst().map(SubjectReading::of).orElseGet(() -> SubjectReading.unknown(typed));
    }

    /** The words of a subject that name it, a degree's award and "(Hons)" taken out: "BSc Phyiscs" as "phyiscs". */
    public static String subjectWords(String typed, RuleQualification kind) {
        return isTitled(kind) ? SubjectTitles.clean(typed) : normalise(typed);
    }

    /** Whether this is GCSE triple science by one of its names (three GCSEs: biology, chemistry, physics). */
    public static boolean isTripleScience(String typed) {
        return TRIPLE_SCIENCE_KEYS.contains(normalise(typed == null ? "" : typed));
    }

    /** Lower case, "&" as "and", punctuation dropped, single spaces. */
    public static String normalise(String text) {
        return NOT_LETTERS.matcher(text.toLowerCase(Locale.UK).replace("&", " and ")).replaceAll(" ").strip();
    }


    /** The phrase for a rule's subject or group id: "maths", "a science". */
    public static String phrase(String id) {
        SubjectGroup group = GROUPS.get(id);
        if (group != null) {
            return group.one();
        }
        Subject subject = SUBJECTS.get(id);
        return subject == null ? id : inSentence(subject.name());
    }

    /** "English language" in the middle of a sentence keeps its capital for proper nouns only. */
    private static String inSentence(String name) {
        if (name.startsWith("English") || name.startsWith("French") || name.startsWith("Spanish")
                || name.startsWith("German")) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.UK) + name.substring(1);
    }
}
