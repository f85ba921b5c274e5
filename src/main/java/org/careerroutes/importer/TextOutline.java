package org.careerroutes.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A profile's text cut at its headings: the lines before the first heading (the title and
 * summary, and on a web page the salary and hours), then each heading with the pieces under it.
 *
 * @param before   the pieces before the first heading
 * @param sections each heading with its pieces, in the order written
 */
record TextOutline(List<Piece> before, List<Section> sections) {

    /** A heading and what is under it, up to the next heading. */
    record Section(Heading.Found heading, SourceText.Line line, List<Piece> pieces) {

        Heading kind() {
            return heading.heading();
        }
    }

    TextOutline {
        before = List.copyOf(before);
        sections = List.copyOf(sections);
    }

    static TextOutline of(SourceText text) {
        List<Piece> before = List.of();
        List<Section> sections = new ArrayList<>();
        List<SourceText.Line> under = new ArrayList<>();
        Optional<Heading.Found> current = Optional.empty();
        SourceText.Line currentLine = null;
        for (SourceText.Line line : text.lines()) {
            Optional<Heading.Found> heading = Heading.of(line);
            if (heading.isEmpty()) {
                under.add(line);
                continue;
            }
            if (current.isEmpty()) {
                before = Piece.group(under);
            } else {
                sections.add(new Section(current.get(), currentLine, Piece.group(under)));
            }
            current = heading;
            currentLine = line;
            under = new ArrayList<>();
        }
        if (current.isEmpty()) {
            before = Piece.group(under);
        } else {
            sections.add(new Section(current.get(), currentLine, Piece.group(under)));
        }
        return new TextOutline(before, sections);
    }
}
