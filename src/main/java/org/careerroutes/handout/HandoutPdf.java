package org.careerroutes.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.careerroutes.compare.RouteComparison;
import org.careerroutes.compare.TimelineStep;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Writes a {@link Handout} as a PDF: one or two A4 pages that read in black and white. Page one
 * has the job, the route map (vector shapes and real text, see {@link MapPicture}) and the
 * pathway's steps; the verdicts, the student's skills, the routes compared, their careers
 * encounters ({@link RecordOnPaper}) and notes follow. Every page ends with the source, the
 * licence and the date. When the student's notes are long, the text is set smaller, step by step,
 * until it fits two pages. When even the smallest text needs more, the encounters are shortened
 * (the newest in full, earlier ones a line each, then counted, and the handout says so) as far as
 * two pages need; if it still does not fit, it goes on to further pages, up to
 * {@value #MAX_ANY_PAGES}, more than any plan within its limits needs on a profile of a usual size.
 * Only a profile far larger than that (a summary of megabytes, hundreds of steps) reaches the
 * last page: there the text stops with "…" and a line that says so, so that any profile the
 * loader accepts is written in bounded time and memory. The screen never cuts. The fonts are
 * embedded; the document has a title and its language.
 *
 * <p>Over 400 lines: the pages' flow of text is one with what goes on them, and both with the
 * search for a text size and a spread of encounters that fit two pages; what the student's record
 * says on paper is {@link RecordOnPaper}.
 */
public final class HandoutPdf {

    /** The language of the handout's text. */
    public static final String LANGUAGE = "en-GB";
    /** Page count the handout is set to fit. */
    public static final int MAX_PAGES = 2;
    /** The most pages a handout has: text beyond them is cut, with "…" and a line that says so. */
    public static final int MAX_ANY_PAGES = 12;
    /** Said where the handout stops. */
    static final String STOPS_HERE = "\u2026 The handout stops here: it has at most " + MAX_ANY_PAGES
            + " pages. Everything is still in Career Routes.";
    /**
     * The shortlisted jobs listed with their ways in and verdicts; the others by title only, so that
     * a long shortlist keeps the handout to its pages.
     */
    static final int SHORTLIST_IN_FULL = 6;
    /** Shortlisted jobs named by title after those in full; the rest are counted. */
    static final int SHORTLIST_BY_TITLE = 30;
    /** No paragraph is read further than this many characters: more would not fit the pages at any size. */
    private static final int MAX_PARAGRAPH_CHARACTERS = 200_000;
    /** The lines of one footer text (the profile's attribution may be long). */
    private static final int MAX_FOOTER_LINES = 2;

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 40;
    private static final float FOOTER_HEIGHT = 44;
    private static final float MAP_MAX_HEIGHT = 330;
    /** How far the map may reach into each side margin, to give its boxes room. */
    private static final float MAP_OVERHANG = 14;
    /** Text sizes, tried in turn until the handout fits {@link #MAX_PAGES} pages. */
    private static final float[] SCALES = {1f, 0.92f, 0.85f, 0.78f, 0.72f};

    private HandoutPdf() {
    }

    /** The handout as the bytes of a PDF file. */
    public static byte[] bytes(Handout handout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(handout, out);
        } catch (IOException e) {
            // A byte array does not fail to be written to; this is the fonts or PDFBox itself.
            throw new UncheckedIOException("the handout could not be made", e);
        }
        return out.toByteArray();
    }

    /** Writes the handout as a PDF to {@code out}, which is left open. */
    public static void write(Handout handout, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            // Laid out once for every pass: its size does not depend on the text's (a map of hundreds of steps is slow to lay out).
            Optional<MapPicture> picture = handout.profile().routeMap().map(map -> MapPicture.of(handout, map, fonts,
                    PAGE.getWidth() - 2 * MARGIN + 2 * MAP_OVERHANG, MAP_MAX_HEIGHT));
            RecordOnPaper.Spread spread = spread(document, fonts, handout, picture);
            float scale = SCALES[SCALES.length - 1];
            for (float tried : SCALES) {
                if (pages(document, fonts, handout, picture, spread, tried) <= MAX_PAGES) {
                    scale = tried;
                    break;
                }
            }
            Flow flow = new Flow(document, fonts, scale, true);
            new Writer(handout, flow, picture, spread).write();
            flow.finish(handout);
            describe(document, handout);
            document.save(out);
        }
    }

    /**
     * How the careers encounters are spread so that the plan fits {@value #MAX_PAGES} pages at the
     * smallest text: all in full where they fit, else the most of them in full (then listed one
     * line each, then counted) that still fits, found by halving. A plan that needs more pages
     * however short its encounters (notes at their longest) has them at their shortest: they are
     * all in Career Routes, and the pages go to its notes, which are never cut.
     */
    private static RecordOnPaper.Spread spread(PDDocument document, PdfFonts fonts, Handout handout,
                                               Optional<MapPicture> picture) throws IOException {
        int count = handout.encounters().size();
        float smallest = SCALES[SCALES.length - 1];
        if (count == 0 || pages(document, fonts, handout, picture, RecordOnPaper.Spread.all(count), smallest) <= MAX_PAGES) {
            return RecordOnPaper.Spread.all(count);
        }
        int fits = 2 * count;   // all counted: the shortest
        int tooLong = 0;
        while (fits - tooLong > 1) {
            int step = (fits + tooLong) / 2;
            if (pages(document, fonts, handout, picture, RecordOnPaper.Spread.shortened(count, step), smallest) <= MAX_PAGES) {
                fits = step;
            } else {
                tooLong = step;
            }
        }
        return RecordOnPaper.Spread.shortened(count, fits);
    }

    /** How many pages the handout takes at a text size, measured without drawing. */
    private static int pages(PDDocument document, PdfFonts fonts, Handout handout, Optional<MapPicture> picture,
                             RecordOnPaper.Spread spread, float scale) throws IOException {
        Flow measure = new Flow(document, fonts, scale, false);
        new Writer(handout, measure, picture, spread).write();
        return measure.pageCount();
    }

    /** The document's title, e.g. "Clinical engineer: my plan". */
    public static String title(Handout handout) {
        return handout.title() + ": my plan";
    }

    private static void describe(PDDocument document, Handout handout) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(shortened(title(handout)));
        info.setSubject(shortened("A student's plan for the job " + handout.title()
                + (handout.pathway().isPresent() ? ", by the pathway: " + handout.pathwayTitle() : "")));
        info.setCreator(Handout.APP_NAME);
        info.setProducer(Handout.APP_NAME);
        Calendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        day.clear();
        day.set(handout.date().getYear(), handout.date().getMonthValue() - 1, handout.date().getDayOfMonth());
        info.setCreationDate(day);
        document.getDocumentCatalog().setLanguage(LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** A title for the document's description: its first 300 characters. */
    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= 300 ? text : text.substring(0, text.offsetByCodePoints(0, 299))
                + PdfFonts.ELLIPSIS;
    }

    /** What goes on the pages, in order. */
    private static final class Writer {
        private final Handout handout;
        private final Flow flow;
        private final Optional<MapPicture> picture;
        private final RecordOnPaper.Spread spread;

        Writer(Handout handout, Flow flow, Optional<MapPicture> picture, RecordOnPaper.Spread spread) {
            this.handout = handout;
            this.flow = flow;
            this.picture = picture;
            this.spread = spread;
        }

        void write() throws IOException {
            flow.newPage();
            flow.paragraph(Handout.APP_NAME + " \u00b7 made on " + handout.dateText(), Style.SMALL, 0);
            flow.paragraph(title(handout), Style.TITLE, 2);
            flow.paragraph(handout.summary(), Style.BODY, 2);
            if (picture.isPresent()) {
                flow.space(6);
                flow.picture(picture.get());
                flow.paragraph("The route map: " + (handout.pathway().isPresent()
                        ? "the pathway below is drawn with heavy boxes and lines, its steps numbered 1 to "
                        + handout.steps().size() + ". " : "")
                        + "Dashed lines: steps that help but are not required. Marks: "
                        + String.join(", ", java.util.Arrays.stream(org.careerroutes.plan.StepMark.values())
                        .map(m -> m.label()).toList()) + ".", Style.SMALL, 3);
            }
            if (handout.pathway().isPresent()) {
                flow.heading((handout.chosen() ? "My pathway: " : "A pathway: ") + handout.pathwayTitle());
                if (!handout.chosen()) {
                    flow.paragraph("No favourite pathway was chosen, so this is the first on the map.", Style.SMALL, 1);
                }
                for (Handout.Step step : handout.steps()) {
                    step(step, step.number() + ". ");
                }
            }
            if (!handout.otherMarks().isEmpty()) {
                flow.heading("Other steps I marked");
                for (Handout.Step step : handout.otherMarks()) {
                    step(step, "\u2022 ");
                }
            }
            if (!handout.verdicts().isEmpty()) {
                flow.heading("Am I on track?");
                flow.paragraph("What I entered: " + String.join("; ", handout.entered()) + ".", Style.BODY, 2);
                for (Handout.Verdict verdict : handout.verdicts()) {
                    flow.keep(Style.BODY.leading(flow.scale) * 2);
                    flow.paragraph(verdict.route() + ": " + verdict.symbol() + " " + verdict.headline(), Style.BOLD, 3);
                    String summary = verdict.summary();
                    if (summary.startsWith(verdict.headline() + ": ")) {
                        // "Not yet: you need ..." under the headline "Not yet": the rest says it.
                        String rest = summary.substring(verdict.headline().length() + 2);
                        summary = rest.isEmpty() ? "" : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                    }
                    if (!summary.isEmpty() && !summary.equals(verdict.headline())) {
                        flow.paragraph(summary, Style.BODY, 0, 12);
                    }
                }
                flow.paragraph("These are the usual entry requirements; universities and employers decide "
                        + "for themselves, so check with them.", Style.SMALL, 2);
            }
            record(RecordOnPaper.skills(handout));
            comparison();
            record(RecordOnPaper.encounters(handout, spread));
            shortlist();
            if (!handout.note().isEmpty()) {
                flow.heading("My notes");
                for (String paragraph : handout.note().split("\\R\\s*\\R")) {
                    flow.paragraph(paragraph, Style.BODY, 2);
                }
            }
        }

        /** The student's record's lines, each in its style. */
        private void record(List<RecordOnPaper.Line> lines) throws IOException {
            for (RecordOnPaper.Line line : lines) {
                switch (line.kind()) {
                    case HEADING -> flow.heading(line.text());
                    case LEAD -> flow.paragraph(line.text(), Style.BODY, 2);
                    case BOLD -> {
                        flow.keep(Style.BOLD.leading(flow.scale) + Style.BODY.leading(flow.scale));
                        flow.paragraph(line.text(), Style.BOLD, 4);
                    }
                    case DETAIL -> flow.line(line.text(), 12);
                    case SMALL -> flow.paragraph(line.text(), Style.SMALL, 1);
                }
            }
        }

        /** The routes compared on Compare routes, each with its times, pay, gains and timeline in words. */
        private void comparison() throws IOException {
            List<RouteComparison> routes = handout.comparisons();
            if (routes.isEmpty()) {
                return;
            }
            flow.heading("Routes compared");
            flow.paragraph(handout.countedFrom(), Style.SMALL, 1);
            float indent = 12;
            for (RouteComparison route : routes) {
                flow.keep(Style.BOLD.leading(flow.scale) + 3 * Style.BODY.leading(flow.scale));
                flow.paragraph(route.pathway().title(), Style.BOLD, 4);
                flow.line("To registration: " + route.timeToRegistration() + ". To the job: " + route.timeToRole() + ".",
                        indent);
                for (RouteComparison.PaidStep paid : route.paid()) {
                    flow.line("Paid while training: " + paid.headline() + " \u2014 " + paid.describe() + ". "
                            + paid.source(), indent);
                }
                List<String> gains = new ArrayList<>();
                if (!route.qualifications().isEmpty()) {
                    gains.add("Gained: " + String.join("; ", route.qualifications()));
                }
                if (!route.registrations().isEmpty()) {
                    gains.add("Registration: " + String.join("; ", route.registrations()));
                }
                if (!gains.isEmpty()) {
                    flow.line(String.join(". ", gains), indent);
                }
                if (route.verdictText().isPresent()) {
                    flow.line("My verdict: " + route.verdictText().get(), indent);
                }
                flow.line("Timeline: " + String.join("; ", route.timeline().steps().stream()
                        .filter(step -> step.status() != TimelineStep.Status.DONE)
                        .map(TimelineStep::describe).toList()), indent);
            }
        }

        /**
         * The jobs on the student's shortlist: the first {@value #SHORTLIST_IN_FULL} with their ways in and
         * verdicts, then titles, then how many more, and a line saying so when the list is cut.
         */
        private void shortlist() throws IOException {
            List<org.careerroutes.jobs.ShortlistedJob> jobs = handout.shortlist();
            if (jobs.isEmpty()) {
                return;
            }
            flow.heading("My shortlist");
            float indent = 12;
            List<org.careerroutes.jobs.ShortlistedJob> inFull = jobs.subList(0, Math.min(SHORTLIST_IN_FULL, jobs.size()));
            for (org.careerroutes.jobs.ShortlistedJob job : inFull) {
                flow.keep(Style.BOLD.leading(flow.scale) + 2 * Style.BODY.leading(flow.scale));
                flow.paragraph("\u2605 " + job.title(), Style.BOLD, 4);
                flow.line(job.waysIn(), indent);
                for (String verdict : job.verdictLines()) {
                    flow.line(verdict, indent);
                }
            }
            List<String> rest = jobs.subList(inFull.size(), jobs.size()).stream()
                    .map(org.careerroutes.jobs.ShortlistedJob::title).toList();
            if (!rest.isEmpty()) {
                List<String> named = rest.subList(0, Math.min(SHORTLIST_BY_TITLE, rest.size()));
                int counted = rest.size() - named.size();
                flow.paragraph("Also on my shortlist: " + String.join("; ", named)
                        + (counted > 0 ? "; and " + counted + " more" : "") + ".", Style.BODY, 4);
                flow.paragraph("So that the handout keeps to its pages, the first " + inFull.size() + " jobs are listed "
                        + "with their ways in and verdicts" + (counted > 0 ? ", and " + named.size() + " more by name" : "")
                        + ". My plan in Career Routes lists them all.", Style.SMALL, 2);
            }
        }

        private void step(Handout.Step step, String lead) throws IOException {
            flow.keep(Style.BOLD.leading(flow.scale) + Style.BODY.leading(flow.scale));
            flow.paragraph(lead + step.title() + " (" + step.kind() + ")"
                    + step.mark().map(m -> "   " + m.label()).orElse(""), Style.BOLD, 4);
            float indent = 12;
            if (step.length().isPresent()) {
                flow.line("Usual length: " + step.length().get(), indent);
            }
            if (!step.entryRequirements().isEmpty()) {
                flow.line("Entry requirements" + step.route().map(r -> " (" + r + ")").orElse("") + ": "
                        + String.join(" ", step.entryRequirements()), indent);
            }
            if (step.note().isPresent()) {
                flow.line("My note: " + step.note().get(), indent);
            }
        }
    }

    /** Kinds of text, each a font and a size before scaling. */
    enum Style {
        TITLE(true, 17f), HEADING(true, 11.5f), BOLD(true, 9f), BODY(false, 9f), SMALL(false, 7.2f);

        final boolean bold;
        final float size;

        Style(boolean bold, float size) {
            this.bold = bold;
            this.size = size;
        }

        float size(float scale) {
            return this == TITLE ? size * Math.max(scale, 0.85f) : size * scale;
        }

        float leading(float scale) {
            return size(scale) * 1.3f;
        }
    }

    /**
     * Lays text down the pages from the top margin to above the footer, starting a page when one
     * is full, up to {@link #MAX_ANY_PAGES}; on the last, a line is kept free to say the handout
     * stops there, if it must. Once it has stopped, nothing more is laid down. Measuring (not
     * drawing) counts the pages a scale needs.
     */
    private static final class Flow {
        private final PDDocument document;
        final PdfFonts fonts;
        final float scale;
        private final boolean drawing;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream stream;
        private int count;
        /** Distance from the page's top edge to where the next line goes. */
        private float y;
        /** The pages are full: the rest is cut, and that has been said. */
        private boolean stopped;

        Flow(PDDocument document, PdfFonts fonts, float scale, boolean drawing) {
            this.document = document;
            this.fonts = fonts;
            this.scale = scale;
            this.drawing = drawing;
        }

        int pageCount() {
            return count;
        }

        float width() {
            return PAGE.getWidth() - 2 * MARGIN;
        }

        /** Where text ends on this page: above the footer, and on the last page above the line that says it stops. */
        private float bottom() {
            float bottom = PAGE.getHeight() - MARGIN - FOOTER_HEIGHT;
            return count >= MAX_ANY_PAGES ? bottom - Style.SMALL.leading(scale) - 2 : bottom;
        }

        void newPage() throws IOException {
            count++;
            y = MARGIN;
            if (drawing) {
                if (stream != null) {
                    stream.close();
                }
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                pages.add(page);
                stream = new PDPageContentStream(document, page);
            }
        }

        /** Starts a new page unless {@code height} more fits on this one; on the last page, stops instead. */
        void keep(float height) throws IOException {
            if (stopped || y + height <= bottom()) {
                return;
            }
            if (count >= MAX_ANY_PAGES) {
                stop();
            } else {
                newPage();
            }
        }

        /** Says, on the last page's last line, that the handout stops here; nothing more is laid down. */
        private void stop() throws IOException {
            if (stopped) {
                return;
            }
            stopped = true;
            float size = Style.SMALL.size(scale);
            float leading = Style.SMALL.leading(scale);
            y = Math.max(y, PAGE.getHeight() - MARGIN - FOOTER_HEIGHT - leading - 2);
            y += leading;
            if (drawing) {
                MapPicture.text(stream, fonts.regular, size, MARGIN, PAGE.getHeight() - y + leading - size * 1.05f,
                        STOPS_HERE);
            }
        }

        void space(float points) {
            y += points * scale;
        }

        void heading(String text) throws IOException {
            space(7);
            keep(Style.HEADING.leading(scale) + 3 * Style.BODY.leading(scale));
            paragraph(text, Style.HEADING, 0);
            space(1);
        }

        void line(String text, float indent) throws IOException {
            paragraph(text, Style.BODY, 0, indent);
        }

        void paragraph(String text, Style style, float spaceBefore) throws IOException {
            paragraph(text, style, spaceBefore, 0);
        }

        void paragraph(String text, Style style, float spaceBefore, float indent) throws IOException {
            if (stopped) {
                return;
            }
            PDType0Font font = style.bold ? fonts.bold : fonts.regular;
            float size = style.size(scale);
            float leading = style.leading(scale);
            space(spaceBefore);
            // No more lines than the pages left can hold: the rest of a huge text is never wrapped.
            int room = linesLeft(leading);
            if (room <= 0) {
                keep(leading);
                room = linesLeft(leading);
                if (room <= 0) {
                    stop();
                    return;
                }
            }
            PdfFonts.Wrapped wrapped = fonts.wrap(fonts.safe(text, MAX_PARAGRAPH_CHARACTERS), font, size, width() - indent,
                    "", room);
            for (String line : wrapped.lines()) {
                keep(leading);
                if (stopped) {
                    return;
                }
                y += leading;
                if (drawing) {
                    MapPicture.text(stream, font, size, MARGIN + indent, PAGE.getHeight() - y + leading - size * 1.05f,
                            line);
                }
            }
            if (wrapped.cut()) {
                stop();
            }
        }

        /** How many lines of this leading still fit: on this page, and on every page that may follow it. */
        private int linesLeft(float leading) {
            float full = PAGE.getHeight() - MARGIN - FOOTER_HEIGHT - MARGIN;
            int here = (int) Math.floor((bottom() - y) / leading);
            int after = Math.max(0, MAX_ANY_PAGES - count) * (int) Math.floor(full / leading);
            return Math.max(0, here) + after;
        }

        void picture(MapPicture picture) throws IOException {
            keep(picture.height());
            if (stopped) {
                return;
            }
            if (drawing) {
                float left = MARGIN + (width() - picture.width()) / 2;
                picture.draw(stream, left, PAGE.getHeight() - y);
            }
            y += picture.height();
        }

        /** Closes the last page and writes every page's footer. */
        void finish(Handout handout) throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    footer(footer, handout, i + 1, pages.size());
                }
            }
        }

        private void footer(PDPageContentStream out, Handout handout, int page, int of) throws IOException {
            float top = PAGE.getHeight() - MARGIN - FOOTER_HEIGHT + 8;
            out.setStrokingColor(0.3f);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, PAGE.getHeight() - top);
            out.lineTo(PAGE.getWidth() - MARGIN, PAGE.getHeight() - top);
            out.stroke();
            out.setNonStrokingColor(0f);
            float size = 6.8f;
            float baseline = top + size * 1.5f;
            List<String> lines = new ArrayList<>();
            lines.add(handout.sourceLine() + " " + handout.source().attribution() + ".");
            lines.add(handout.licenceLine());
            lines.add("Made with " + Handout.APP_NAME + " on " + handout.dateText()
                    + ". Entry requirements change: check with the university, employer or NHS before applying."
                    + "   Page " + page + " of " + of);
            // Each text's lines are few, so that the footer stays in its place whatever the profile's source says.
            int[] most = {MAX_FOOTER_LINES, 1, MAX_FOOTER_LINES};
            for (int t = 0; t < lines.size(); t++) {
                String text = lines.get(t);
                for (String line : fonts.wrap(fonts.safe(text, MAX_PARAGRAPH_CHARACTERS), fonts.regular, size, width(), "",
                        most[t]).lines()) {
                    MapPicture.text(out, fonts.regular, size, MARGIN, PAGE.getHeight() - baseline, line);
                    baseline += size * 1.3f;
                }
            }
        }
    }
}
