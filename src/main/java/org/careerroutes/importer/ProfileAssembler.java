package org.careerroutes.importer;

import org.careerroutes.model.EntryRoutes;
import org.careerroutes.model.Note;
import org.careerroutes.model.OptionalDetail;
import org.careerroutes.model.Profile;
import org.careerroutes.model.Section;
import org.careerroutes.model.SourceInfo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a profile together from its text's outline: each heading's pieces into its section, word
 * for word, the routes with their rules, the route map, and the report. Every line of the text
 * ends up in the profile (in its section, as a heading, or in the section kept for lines not
 * placed) or is named in the report.
 *
 * <p>A little over 400 lines: every line of the text must be accounted for once, so the pieces
 * gathered, the sections made from them and the lines left over are kept in one place; the routes
 * ({@link RouteMaker}), their rules and the map ({@link RouteMapBuilder}) are made elsewhere.
 */
final class ProfileAssembler {

    private static final Pattern LICENCE = Pattern.compile(
            "(?i)^contains public sector information licensed under the (?<licence>.+?)\\.?$");
    private static final String OGL_3 = "Open Government Licence v3.0";
    private static final String OGL_3_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    private static final Pattern ALTERNATIVE_TITLES = Pattern.compile("(?i)^alternative titles?\\b.*");
    /**
     * The text's last line, when it says where the text comes from instead of a licence line:
     * "Test profile written for Career Routes, …", "Source: …", "Adapted from …".
     */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?i)^(?:(?:test profile )?written (?:for|by) |source: |adapted from |copyright |\u00a9).+");

    /** The text is not a job profile, with what is missing. */
    static final class NotAProfile extends Exception {
        NotAProfile(String message) {
            super(message);
        }
    }

    /** The profile, the lines kept as not placed, and the report. */
    record Assembled(Profile profile, Optional<Section> notPlaced, ImportReport report) {
    }

    /** A profile section as gathered: its heading (the first one found) and pieces. */
    private static final class Gathered {
        String heading;
        final List<Piece> pieces = new ArrayList<>();
    }

    private final SourceText text;
    private final YearMonth taken;
    private final Map<Heading, Gathered> sections = new EnumMap<>(Heading.class);
    private final RouteFinder finder = new RouteFinder();
    private final List<RouteFinder.Unplaced> unplaced = new ArrayList<>();
    private final List<String> emptyHeadings = new ArrayList<>();
    private final List<String> salary = new ArrayList<>();
    private final List<String> hours = new ArrayList<>();
    /** The headings salary and hours were under, which the profile does not keep, for the report. */
    private final List<String> detailHeadings = new ArrayList<>();
    private Optional<String> titleFromLine = Optional.empty();
    private Optional<String> titleFromHeading = Optional.empty();
    private Optional<String> titleHeading = Optional.empty();
    private Optional<String> summary = Optional.empty();
    private Optional<String> licenceLine = Optional.empty();
    private Optional<String> sourceLine = Optional.empty();
    /** The number of the text's last line with anything on it, where a source line may be. */
    private final int lastLine;
    private Optional<String> registrationHeading = Optional.empty();
    private final List<String> report = new ArrayList<>();
    private final List<String> toCheck = new ArrayList<>();

    ProfileAssembler(SourceText text, YearMonth taken) {
        this.text = text;
        this.taken = taken;
        this.lastLine = text.lines().stream().filter(l -> !l.isBlank()).mapToInt(SourceText.Line::number).max().orElse(0);
    }

    Assembled assemble() throws NotAProfile {
        TextOutline outline = TextOutline.of(text);
        before(outline.before());
        for (TextOutline.Section section : outline.sections()) {
            section(section);
        }
        String title = titleFromLine.or(() -> titleFromHeading).orElse("");
        if (finder.routes.isEmpty() || title.isEmpty() || summary.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (finder.routes.isEmpty()) {
                missing.add("no ways into the job were found (a job profile says how to get into the job, with headings "
                        + "such as University and Apprenticeship, or sentences such as \u201cYou can do a degree\u2026\u201d)");
            }
            if (title.isEmpty()) {
                missing.add("no job title was found (put the job's name on the first line)");
            }
            if (summary.isEmpty()) {
                missing.add("no summary was found (the first paragraph should say what the job is)");
            }
            throw new NotAProfile(String.join("; ", missing));
        }
        String id = StepTitles.slug(title);
        report.add("Importing " + text.name() + text.readAs().map(r -> " (read as " + r + ")").orElse(""));
        report.add("Title: " + title + " (" + titleFromLine.map(t -> "its first line").orElse("the heading \u201c"
                + titleHeading.orElse("") + "\u201d") + "); id: " + id);
        report.add("Layout: " + (finder.routeHeadings ? "with a heading for each route (as copied from a web page)"
                : "without route headings: routes found from their sentences"));

        Section duties = section(Heading.DUTIES, "What you'll do", "what the job involves");
        Section skills = listSection(Heading.SKILLS, "Related skills", "related skills");
        Section subjects = listSection(Heading.SUBJECTS, "Related subjects", "related subjects");
        Section workplaces = section(Heading.WORKPLACES, "Where could I be working?", "where the job is done");
        Section careerPath = section(Heading.CAREER_PATH, "Career opportunities", "where the job can lead");

        RouteMaker.Made routes = new RouteMaker(finder, sections.containsKey(Heading.HOW_TO_BECOME)
                ? Optional.of(sections.get(Heading.HOW_TO_BECOME).heading) : Optional.empty(), report, toCheck).make(title);
        Optional<Section> registration = registration();
        Optional<RouteMapBuilder.Registration> registers = finder.registration.stream()
                .filter(RouteFinder::isRegistration).findFirst()
                .map(p -> {
                    Matcher m = RouteFinder.REGISTRATION.matcher(p.plainLead());
                    m.lookingAt();
                    return new RouteMapBuilder.Registration(m.group("body").strip(), p.leadText());
                });
        List<String> roles = CareerRoles.in(careerPath.blocks());
        RouteMapBuilder.Built map = RouteMapBuilder.build(id, title, summary.get(), routes.inputs(), registers, roles,
                careerPath.blocks());

        SourceInfo source = licenceLine.map(line -> {
            Matcher m = LICENCE.matcher(line);
            m.matches();
            String licence = m.group("licence").strip();
            // A line saying where the text comes from, beside the licence line, names its publisher.
            return new SourceInfo(line, licence, licence.equalsIgnoreCase(OGL_3) ? Optional.of(OGL_3_URL) : Optional.empty(),
                    sourceLine);
        }).or(() -> sourceLine.map(line -> {
            report.add("Source: \u201c" + line + "\u201d (its last line), kept as the profile's attribution; it names no "
                    + "licence");
            toCheck.add("The text says where it comes from (\u201c" + line + "\u201d) but names no licence: add the "
                    + "licence before the profile is shared.");
            return new SourceInfo(line, "Not given", Optional.empty(), Optional.empty());
        })).orElseGet(() -> {
            toCheck.add("The text has no licence line (\u201cContains public sector information licensed under the Open "
                    + "Government Licence v3.0\u201d): add the source and licence before the profile is shared.");
            return new SourceInfo("Source and licence not given in the imported text: add them before sharing this profile",
                    "Not given", Optional.empty(), Optional.empty());
        });
        Optional<OptionalDetail> pay = detail(salary, "salary");
        Optional<OptionalDetail> time = detail(hours, "hours");
        if (!detailHeadings.isEmpty()) {
            report.add("  (from under the headings " + String.join(", ", detailHeadings) + ")");
        }

        Profile profile = new Profile(id, title, summary.get(), duties, new EntryRoutes(routes.introduction(), routes.made()),
                registration, skills, subjects, workplaces, careerPath, pay, time, source, List.of(),
                Optional.of(map.map()));

        report.add("");
        report.add("Route map: " + map.map().nodes().size() + " steps in " + map.map().stages().size() + " stages, "
                + map.map().pathways().size() + (map.map().pathways().size() == 1 ? " pathway" : " pathways")
                + "; roles on the career path: " + CareerRoles.describe(roles));
        map.lengths().forEach(l -> report.add("  " + l));
        if (registers.isEmpty()) {
            report.add("  No registration step: the text names no body to register with.");
        }
        Optional<Section> notPlaced = notPlaced();
        report.add("");
        report.add("Lines not placed:" + (unplaced.isEmpty() ? " none" : ""));
        for (RouteFinder.Unplaced left : unplaced) {
            for (SourceText.Line line : left.piece().lines()) {
                report.add("  line " + line.number() + ": \u201c" + line.text() + "\u201d (" + left.why() + ")");
            }
        }
        if (!emptyHeadings.isEmpty()) {
            report.add("Headings with nothing under them, left out: " + String.join(", ", emptyHeadings));
        }
        report.add("");
        report.add("Check by hand:");
        toCheck.add("The steps without a length show \u201clength varies\u201d: add a duration to a step where you know "
                + "it (docs/content-format.md).");
        toCheck.add("Facts from beyond the text (with their sources) and later checkpoints, such as a training programme's "
                + "own entry requirements, are not made by the importer: add them by hand.");
        toCheck.forEach(c -> report.add("  - " + c));
        int lines = unplaced.stream().mapToInt(u -> u.piece().lines().size()).sum();
        return new Assembled(profile, notPlaced, new ImportReport(report, routes.made().size(), routes.lineCount(),
                routes.checkedCount(), lines));
    }

    // ----- reading the outline

    /** Before the first heading: the title (a web page's first line), the summary, and on a web page salary and hours. */
    private void before(List<Piece> pieces) {
        int at = 0;
        if (pieces.size() > 1 && !pieces.get(0).isList() && looksLikeATitle(pieces.get(0).leadText())) {
            titleFromLine = Optional.of(pieces.get(0).leadText().replaceAll(":$", ""));
            at = 1;
        }
        for (Piece piece : pieces.subList(at, pieces.size())) {
            if (licence(piece) || sourceLine(piece)) {
                continue;
            }
            if (summary.isEmpty() && !piece.isList() && !ALTERNATIVE_TITLES.matcher(piece.leadText()).matches()) {
                summary = Optional.of(piece.leadText());
            } else {
                unplaced.add(new RouteFinder.Unplaced(piece, ALTERNATIVE_TITLES.matcher(piece.leadText()).matches()
                        ? "a Career Routes profile has no alternative titles" : "text before the first section"));
            }
        }
    }

    private static boolean looksLikeATitle(String line) {
        return line.length() <= 60 && !line.matches(".*[.?!:;,]$") && !line.matches("(?i)^(?:you|if|with|your)\\b.*");
    }

    private void section(TextOutline.Section section) {
        Heading kind = section.kind();
        section.heading().job().ifPresent(job -> {
            if (titleFromHeading.isEmpty()) {
                titleFromHeading = Optional.of(Heading.asTitle(job));
                titleHeading = Optional.of(section.line().text());
            }
        });
        List<Piece> pieces = section.pieces().stream().filter(p -> !licence(p) && !sourceLine(p)).toList();
        switch (kind) {
            case HOW_TO_BECOME, UNIVERSITY, COLLEGE, APPRENTICESHIP, WORK, VOLUNTEERING, DIRECT_APPLICATION,
                 OTHER_ROUTES, ENTRY_REQUIREMENTS, REGISTRATION, MORE_INFORMATION -> {
                if (kind == Heading.HOW_TO_BECOME) {
                    gather(Heading.HOW_TO_BECOME, section, List.of());
                }
                if (kind == Heading.REGISTRATION && registrationHeading.isEmpty()) {
                    registrationHeading = Optional.of(section.line().text().replaceAll(":$", ""));
                }
                finder.heading(kind, section.line());
                pieces.forEach(finder::piece);
                if (pieces.isEmpty() && (kind == Heading.MORE_INFORMATION || kind == Heading.REGISTRATION)) {
                    emptyHeadings.add("\u201c" + section.line().text() + "\u201d");
                }
            }
            case SALARY -> {
                joined(pieces).ifPresent(salary::add);
                detailHeadings.add("\u201c" + section.line().text() + "\u201d");
            }
            case HOURS -> {
                joined(pieces).ifPresent(t -> hours.add(section.line().text().toLowerCase(Locale.ROOT)
                        .startsWith("you could") ? "You could work " + t : t));
                detailHeadings.add("\u201c" + section.line().text() + "\u201d");
            }
            case NO_PLACE -> {
                if (pieces.isEmpty()) {
                    emptyHeadings.add("\u201c" + section.line().text() + "\u201d");
                }
                pieces.forEach(p -> unplaced.add(new RouteFinder.Unplaced(p, "\u201c" + section.line().text()
                        + "\u201d has no section in a Career Routes profile")));
            }
            default -> gather(kind, section, pieces);
        }
    }

    /** Pieces of a section that may be written in several parts ("What you'll do", then "Day-to-day tasks"). */
    private void gather(Heading kind, TextOutline.Section section, List<Piece> pieces) {
        Gathered gathered = sections.get(kind);
        String heading = section.line().text().replaceAll(":$", "");
        if (gathered == null) {
            gathered = new Gathered();
            gathered.heading = heading;
            sections.put(kind, gathered);
        } else if (!pieces.isEmpty()) {
            // A second heading for the same section is kept as a line of it, so that its words are not lost.
            gathered.pieces.add(Piece.paragraph(section.line()));
        }
        gathered.pieces.addAll(pieces);
    }

    /** Lines of a piece as one run of text: a web page's salary "£31,534 Starter", "to", "£44,962 Experienced". */
    private static Optional<String> joined(List<Piece> pieces) {
        List<String> lines = pieces.stream().flatMap(p -> p.lines().stream()).map(SourceText.Line::text).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", lines));
    }

    private boolean licence(Piece piece) {
        if (!piece.isList() && LICENCE.matcher(piece.leadText()).matches()) {
            licenceLine = Optional.of(piece.leadText());
            return true;
        }
        return false;
    }

    /** The text's last line, when it says where the text comes from ({@link #SOURCE_LINE}). */
    private boolean sourceLine(Piece piece) {
        if (!piece.isList() && piece.lines().size() == 1 && piece.firstLine() == lastLine
                && SOURCE_LINE.matcher(piece.leadText()).matches()) {
            sourceLine = Optional.of(piece.leadText());
            return true;
        }
        return false;
    }

    // ----- the sections

    private Section section(Heading kind, String heading, String what) {
        Gathered gathered = sections.get(kind);
        if (gathered == null || gathered.pieces.isEmpty()) {
            if (gathered != null) {
                emptyHeadings.add("\u201c" + gathered.heading + "\u201d");
            }
            report.add("Not found: " + what + " (a note says the text has none)");
            toCheck.add("The text has nothing on " + what + ": add it, or leave the note.");
            return new Section(gathered == null ? heading : gathered.heading,
                    List.of(new Note("The profile's text says nothing on " + what + ".")));
        }
        report.add("Found: " + what + " (\u201c" + gathered.heading + "\u201d, " + count(gathered.pieces) + ")");
        return new Section(gathered.heading, gathered.pieces.stream().map(Piece::block).toList());
    }

    /** Skills and subjects are shown as chips: lines that lost their bullets are made a list again. */
    private Section listSection(Heading kind, String heading, String what) {
        Gathered gathered = sections.get(kind);
        if (gathered != null) {
            List<Piece> relisted = new ArrayList<>();
            List<SourceText.Line> loose = new ArrayList<>();
            for (Piece piece : gathered.pieces) {
                if (!piece.isList() && piece.leadText().length() <= 60 && !piece.leadText().matches(".*[.:]$")) {
                    loose.add(piece.lead().orElseThrow());
                    continue;
                }
                if (!loose.isEmpty()) {
                    relisted.add(new Piece(Optional.empty(), loose));
                    loose = new ArrayList<>();
                }
                relisted.add(piece);
            }
            if (!loose.isEmpty()) {
                relisted.add(new Piece(Optional.empty(), loose));
            }
            gathered.pieces.clear();
            gathered.pieces.addAll(relisted);
        }
        return section(kind, heading, what);
    }

    private static String count(List<Piece> pieces) {
        int items = pieces.stream().mapToInt(p -> p.items().size()).sum();
        int paragraphs = (int) pieces.stream().filter(p -> !p.isList()).count();
        List<String> parts = new ArrayList<>();
        if (paragraphs > 0) {
            parts.add(paragraphs + (paragraphs == 1 ? " paragraph" : " paragraphs"));
        }
        if (items > 0) {
            parts.add(items + (items == 1 ? " list item" : " list items"));
        }
        return String.join(", ", parts);
    }

    private Optional<Section> registration() {
        if (finder.registration.isEmpty() && !sections.containsKey(Heading.RESTRICTIONS)) {
            return Optional.empty();
        }
        List<Piece> pieces = new ArrayList<>(finder.registration);
        Gathered restrictions = sections.get(Heading.RESTRICTIONS);
        String heading = registrationHeading.orElse("Registration");
        if (restrictions != null && !restrictions.pieces.isEmpty()) {
            if (pieces.isEmpty()) {
                heading = restrictions.heading;
            } else {
                pieces.add(Piece.paragraph(new SourceText.Line(restrictions.pieces.get(0).firstLine(),
                        restrictions.heading, false)));
            }
            pieces.addAll(restrictions.pieces);
        }
        if (pieces.isEmpty()) {
            emptyHeadings.add("\u201c" + restrictions.heading + "\u201d");
            return Optional.empty();
        }
        report.add("Found: registration and what every route needs (\u201c" + heading + "\u201d, " + count(pieces) + ")");
        return Optional.of(new Section(heading, pieces.stream().map(Piece::block).toList()));
    }

    private Optional<OptionalDetail> detail(List<String> lines, String what) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String written = String.join("; ", lines);
        report.add("Found: " + what + " (\u201c" + written + "\u201d), dated " + taken + ", the month it was imported");
        toCheck.add("The " + what + " is from the text as it was in " + taken + ": check it is still right.");
        return Optional.of(new OptionalDetail(written, "The job profile's text, as imported", taken.toString()));
    }

    private Optional<Section> notPlaced() {
        unplaced.addAll(0, finder.unplaced);
        unplaced.sort(java.util.Comparator.comparingInt(u -> u.piece().firstLine()));
        if (unplaced.isEmpty()) {
            return Optional.empty();
        }
        toCheck.add(unplaced.size() == 1 ? "One piece of the text could not be placed"
                : unplaced.size() + " pieces of the text could not be placed");
        toCheck.set(toCheck.size() - 1, toCheck.get(toCheck.size() - 1) + ": they are kept in \"notPlaced\" at the end of "
                + "the file; move each into its section or delete it, then remove \"notPlaced\".");
        return Optional.of(new Section("Not placed by the importer",
                unplaced.stream().map(u -> u.piece().block()).toList()));
    }
}
