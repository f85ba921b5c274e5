package org.careerroutes.kiosk.insights;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fair report on A4 paper (landscape): a table for each eight days, newest first, one row
 * for each thing counted and one column a day, with the same "fewer than 5" as the screen and no
 * totals across days. Totals only: nothing here is about one visit. Set in Helvetica, which every
 * PDF reader has, so the file stays small and quick to make for a year of days.
 */
public final class FairReportPdf {

    private static final float MARGIN = 36;
    private static final float LABEL_WIDTH = 250;
    private static final int DAYS_A_TABLE = 8;
    private static final float LEADING = 11.5f;
    private static final float TEXT = 8.5f;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final FairReport report;
    private final String stand;
    private final Map<String, String> safeText = new HashMap<>();
    private PDPageContentStream page;
    private float y;
    private int pages;

    private FairReportPdf(PDDocument document, FairReport report, String stand) {
        this.document = document;
        this.report = report;
        this.stand = stand;
    }

    /**
     * The report's PDF.
     *
     * @param stand what the stand showed, for the title: the profile's title ("Clinical engineer")
     */
    public static byte[] bytes(FairReport report, String stand) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Career Routes kiosk: fair report");
            info.setCreator("Career Routes");
            FairReportPdf pdf = new FairReportPdf(document, report, stand);
            pdf.write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Written to memory: a failure here is a fault in the app, not something a person can mend.
            throw new UncheckedIOException("the fair report's PDF could not be made", e);
        }
    }

    private void write() throws IOException {
        newPage();
        List<FairReport.Day> days = report.countedDays();
        if (days.isEmpty()) {
            text(regular, 11, MARGIN, y, "Nothing has been counted on the days kept.");
        }
        for (int from = 0; from < days.size(); from += DAYS_A_TABLE) {
            table(days.subList(from, Math.min(days.size(), from + DAYS_A_TABLE)));
        }
        page.close();
    }

    /** One table: its days' columns, and a row for each thing counted on any of them. */
    private void table(List<FairReport.Day> days) throws IOException {
        if (y < MARGIN + LEADING * 6) {
            newPage();
        }
        columnHeadings(days);
        // Every day has the same sections; a row for a pathway the profile does not name may be on some days only.
        for (FairReport.Section section : days.get(0).sections()) {
            if (y < MARGIN + LEADING * 3) {
                newPage();
                columnHeadings(days);
            }
            text(bold, TEXT, MARGIN, y, section.title());
            y -= LEADING;
            for (Map.Entry<String, String> row : rows(days, section.id()).entrySet()) {
                if (y < MARGIN + LEADING) {
                    newPage();
                    columnHeadings(days);
                }
                text(regular, TEXT, MARGIN + 8, y, fit(row.getValue(), LABEL_WIDTH - 12));
                for (int d = 0; d < days.size(); d++) {
                    text(regular, TEXT, column(d), y, shown(days.get(d), section.id(), row.getKey()));
                }
                y -= LEADING;
            }
        }
        y -= LEADING;
    }

    /** A section's rows over all these days, by id with their labels, in order. */
    private static Map<String, String> rows(List<FairReport.Day> days, String sectionId) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (FairReport.Day day : days) {
            for (FairReport.Section section : day.sections()) {
                if (section.id().equals(sectionId)) {
                    section.rows().forEach(row -> rows.putIfAbsent(row.id(), row.label()));
                }
            }
        }
        return rows;
    }

    /** What a day shows for a row; a row the day does not have was not counted that day: "fewer than 5". */
    private static String shown(FairReport.Day day, String sectionId, String rowId) {
        for (FairReport.Section section : day.sections()) {
            if (section.id().equals(sectionId)) {
                for (FairReport.Row row : section.rows()) {
                    if (row.id().equals(rowId)) {
                        return row.shown();
                    }
                }
            }
        }
        return FairReport.FEWER_THAN_5;
    }

    private void columnHeadings(List<FairReport.Day> days) throws IOException {
        for (int d = 0; d < days.size(); d++) {
            text(bold, TEXT, column(d), y, WEEKDAY.format(days.get(d).date()));
            text(bold, TEXT, column(d), y - LEADING, DATE.format(days.get(d).date()));
        }
        y -= LEADING * 2;
        page.setLineWidth(0.5f);
        page.moveTo(MARGIN, y + LEADING * 0.6f);
        page.lineTo(PDRectangle.A4.getHeight() - MARGIN, y + LEADING * 0.6f);
        page.stroke();
        y -= LEADING * 0.4f;
    }

    private static float column(int d) {
        float width = (PDRectangle.A4.getHeight() - 2 * MARGIN - LABEL_WIDTH) / DAYS_A_TABLE;
        return MARGIN + LABEL_WIDTH + d * width;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        y = next.getMediaBox().getHeight() - MARGIN;
        text(bold, 14, MARGIN, y - 10, "Career Routes kiosk: fair report" + (stand.isBlank() ? "" : " \u2013 " + stand));
        y -= 28;
        text(regular, TEXT, MARGIN, y, "Counts of visits, never of visitors. Counts under 5 (0 included) are shown as \u201c"
                + FairReport.FEWER_THAN_5 + "\u201d; \u201c" + FairReport.HELD_BACK + "\u201d is 5 or more, hidden so that one"
                + " under 5 cannot be worked out from it. There are no totals across days.");
        y -= LEADING;
        text(regular, TEXT, MARGIN, y, "Made on " + MADE.format(report.today()) + ". The kiosk keeps "
                + report.daysKept() + (report.daysKept() == 1 ? " day" : " days") + " of counts. Page " + pages + ".");
        y -= LEADING * 2;
    }

    private void text(PDType1Font font, float size, float x, float atY, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(safe(font, text));
        page.endText();
    }

    /** The text cut to fit the width, with an ellipsis. */
    private String fit(String text, float width) throws IOException {
        String safe = safe(regular, text);
        if (regular.getStringWidth(safe) / 1000 * TEXT <= width) {
            return safe;
        }
        String cut = safe;
        while (!cut.isEmpty() && regular.getStringWidth(cut + "\u2026") / 1000 * TEXT > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }

    /** Characters Helvetica's encoding has, and ? for any other (a name from a profile may hold any). */
    private String safe(PDType1Font font, String text) {
        String key = font.getName() + '\u0000' + text;
        return safeText.computeIfAbsent(key, k -> {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        });
    }
}
