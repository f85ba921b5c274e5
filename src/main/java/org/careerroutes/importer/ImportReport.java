package org.careerroutes.importer;

import java.util.List;

/**
 * What an import found and made, for the person who imported the text: the sections found, the
 * routes found, each line of entry requirements with the rule made from it in words (or "not
 * checked" and why), the route map's steps and their lengths, the lines not placed, and what to
 * check by hand. The command line prints it; the app shows it beside the preview.
 *
 * @param lines             the report, one line each, ready to print
 * @param routes            how many routes were found
 * @param requirementLines  how many lines of entry requirements there were
 * @param checkedLines      how many of them became rules
 * @param notPlacedLines    how many lines of the text were kept as not placed
 */
public record ImportReport(List<String> lines, int routes, int requirementLines, int checkedLines, int notPlacedLines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    /** A report of a text that made no profile: only why. */
    static ImportReport failed(String source, String why) {
        return new ImportReport(List.of("Importing " + source, "Not imported: " + why), 0, 0, 0, 0);
    }

    /** The whole report as text, a line each. */
    public String text() {
        return String.join(System.lineSeparator(), lines);
    }

    /** One line for a folder's import: "4 routes; 5 of 6 requirement lines checked; 0 lines not placed". */
    public String summary() {
        return routes + (routes == 1 ? " route" : " routes") + "; " + checkedLines + " of " + requirementLines
                + " requirement " + (requirementLines == 1 ? "line" : "lines") + " checked; " + notPlacedLines
                + (notPlacedLines == 1 ? " line" : " lines") + " not placed";
    }
}
