package org.careerroutes.importer;

import org.careerroutes.model.Words;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a job profile's text, in both layouts: the one the built-in profile's text has
 * ("What does a clinical engineer do?", "Related skills") and the one a web page's text keeps
 * ("How to become", "University", "Entry requirements", "More information"). A line is a heading
 * only when it is one of these, whole (a trailing colon allowed): a sentence that happens to start
 * like one ("You could work in a hospital.") is not.
 */
enum Heading {
    DUTIES("what does an? (?<job>.+?) do", "what an? (?<job>.+?) does", "what you'?ll do", "day-to-day tasks",
            "day to day tasks", "what the job involves"),
    HOW_TO_BECOME("what do i need to do to become an? (?<job>.+?)", "how (?:do i |to )become an? (?<job>.+?)",
            "how to become", "how to get into this (?:job|role)", "entry routes", "routes into this job"),
    UNIVERSITY("university", "university courses?"),
    COLLEGE("college", "college courses?"),
    APPRENTICESHIP("apprenticeships?"),
    WORK("work", "working towards this role", "on the job"),
    VOLUNTEERING("volunteering", "volunteering and experience", "volunteer"),
    DIRECT_APPLICATION("direct application", "applying directly", "apply directly"),
    OTHER_ROUTES("other routes?", "other ways in", "other ways to get into this job"),
    ENTRY_REQUIREMENTS("entry requirements"),
    MORE_INFORMATION("more information"),
    REGISTRATION("registration", "registration and accreditation"),
    RESTRICTIONS("restrictions and requirements", "other requirements", "checks"),
    SKILLS("related skills", "skills and knowledge", "what it takes", "skills", "skills needed"),
    SUBJECTS("related subjects", "school subjects", "subjects"),
    WORKPLACES("where could i be working", "working environment", "where you could work", "where you'?ll work"),
    CAREER_PATH("career opportunities", "career path and progression", "career path", "progression",
            "where this job can lead"),
    SALARY("average salary(?: \\(a year\\))?", "salary", "starting salary"),
    HOURS("typical hours(?: \\(a week\\))?", "hours", "working hours", "you could work"),
    /**
     * Headings a job profile's text has that have no place in a Career Routes profile: what is
     * under them is kept, as not placed, and named in the report.
     */
    NO_PLACE("where to find out more", "related jobs", "job families", "career tips", "further information",
            "professional and industry bodies", "professional bodies", "equality and diversity",
            "current opportunities", "apprenticeship vacancies", "courses", "jobs", "find a course",
            "search for jobs", "related careers", "alternative titles");

    private final List<Pattern> patterns;

    Heading(String... patterns) {
        this.patterns = java.util.Arrays.stream(patterns)
                .map(p -> Pattern.compile(p + "\\s*[?:]?", Pattern.CASE_INSENSITIVE)).toList();
    }

    /** The longest a heading line is; anything longer is running text. */
    private static final int MOST_LETTERS = 90;

    /** A heading line as found: what it heads, and the job it names, if it names one. */
    record Found(Heading heading, Optional<String> job) {
    }

    /** What a line heads, if it is a heading; bullet items never are. */
    static Optional<Found> of(SourceText.Line line) {
        if (line.bullet() || line.isBlank() || line.text().length() > MOST_LETTERS || line.text().endsWith(".")) {
            return Optional.empty();
        }
        for (Heading heading : values()) {
            for (Pattern pattern : heading.patterns) {
                Matcher m = pattern.matcher(SourceText.plain(line.text()));
                if (m.matches()) {
                    Optional<String> job = pattern.pattern().contains("?<job>")
                            ? Optional.ofNullable(m.group("job")).map(String::strip) : Optional.empty();
                    return Optional.of(new Found(heading, job));
                }
            }
        }
        return Optional.empty();
    }

    /** The kind of route a web page's route heading starts, for a heading that starts one. */
    Optional<RouteKind> routeKind() {
        return switch (this) {
            case UNIVERSITY -> Optional.of(RouteKind.UNIVERSITY);
            case COLLEGE -> Optional.of(RouteKind.COLLEGE);
            case APPRENTICESHIP -> Optional.of(RouteKind.APPRENTICESHIP);
            case WORK -> Optional.of(RouteKind.WORK);
            case VOLUNTEERING -> Optional.of(RouteKind.VOLUNTEERING);
            case DIRECT_APPLICATION -> Optional.of(RouteKind.DIRECT_APPLICATION);
            default -> Optional.empty();
        };
    }

    /** A job's name as a heading writes it ("a clinical engineer"), as a title: "Clinical engineer". */
    static String asTitle(String job) {
        String name = job.strip().replaceFirst("(?i)^(an?|the) ", "");
        return Words.capitalise(name);
    }
}
