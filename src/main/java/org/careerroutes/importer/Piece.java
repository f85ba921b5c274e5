package org.careerroutes.importer;

import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paragraph, or a list with the sentence that leads into it, as the text has it, with the
 * lines it came from (for the report). Becomes one block of a profile, word for word.
 *
 * @param lead  the paragraph, or the list's lead-in sentence ("Relevant subjects include:")
 * @param items the list's items; empty for a paragraph
 */
record Piece(Optional<SourceText.Line> lead, List<SourceText.Line> items) {

    Piece {
        items = List.copyOf(items);
        if (lead.isEmpty() && items.isEmpty()) {
            throw new IllegalArgumentException("a piece of text has at least one line");
        }
    }

    static Piece paragraph(SourceText.Line line) {
        return new Piece(Optional.of(line), List.of());
    }

    boolean isList() {
        return !items.isEmpty();
    }

    /** The paragraph's text, or the list's lead-in; "" for a list without one. */
    String leadText() {
        return lead.map(SourceText.Line::text).orElse("");
    }

    /** The lead, its apostrophes straight, for matching phrases against (see {@link SourceText#plain}). */
    String plainLead() {
        return SourceText.plain(leadText());
    }

    /** The first line's number, for the report. */
    int firstLine() {
        return lead.map(SourceText.Line::number).orElseGet(() -> items.get(0).number());
    }

    /** Every line, lead first. */
    List<SourceText.Line> lines() {
        List<SourceText.Line> all = new ArrayList<>();
        lead.ifPresent(all::add);
        all.addAll(items);
        return all;
    }

    Block block() {
        if (!isList()) {
            return new Paragraph(leadText());
        }
        return new BulletList(lead.map(SourceText.Line::text), items.stream().map(SourceText.Line::text).toList());
    }

    /**
     * Groups a section's lines into pieces: bulleted lines make a list, led in by the sentence
     * before them when it ends with a colon ("Your day-to-day duties may include:"), even across
     * blank lines; lines straight after such a sentence, with no bullets, are its list too
     * (bullets are often lost when a web page is copied). Every other line is a paragraph.
     */
    static List<Piece> group(List<SourceText.Line> lines) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            SourceText.Line line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (line.bullet()) {
                List<SourceText.Line> items = new ArrayList<>();
                i = bullets(lines, i, items);
                pieces.add(new Piece(Optional.empty(), items));
                continue;
            }
            if (line.text().endsWith(":")) {
                int next = i + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size() && lines.get(next).bullet()) {
                    List<SourceText.Line> items = new ArrayList<>();
                    i = bullets(lines, next, items);
                    pieces.add(new Piece(Optional.of(line), items));
                    continue;
                }
                if (next == i + 1 && next < lines.size()) {
                    List<SourceText.Line> items = new ArrayList<>();
                    int j = next;
                    while (j < lines.size() && !lines.get(j).isBlank() && !lines.get(j).bullet()) {
                        items.add(lines.get(j));
                        j++;
                    }
                    pieces.add(new Piece(Optional.of(line), items));
                    i = j;
                    continue;
                }
            }
            pieces.add(paragraph(line));
            i++;
        }
        return pieces;
    }

    /** Collects bulleted lines from {@code from} (blank lines between them allowed); returns where the list ends. */
    private static int bullets(List<SourceText.Line> lines, int from, List<SourceText.Line> items) {
        int i = from;
        int end = from;
        while (i < lines.size() && (lines.get(i).bullet() || lines.get(i).isBlank())) {
            if (lines.get(i).bullet()) {
                items.add(lines.get(i));
                end = i + 1;
            }
            i++;
        }
        return end;
    }
}
