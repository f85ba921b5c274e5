package org.careerroutes.kit;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.function.UnaryOperator;

/**
 * A box a student writes a note in, that shows its limit where they type: near the limit a
 * counter says how much is left, at the limit the box takes no more, and text pasted (or typed)
 * beyond it is cut to fit with a message saying so, so that nothing is lost without a word
 * ({@link TextLimit}). Characters are counted as a person counts them (an emoji is one); half a
 * character (a lone surrogate, which no file can keep) becomes the replacement character.
 */
public final class NoteBox extends VBox {

    private final TextArea area = new TextArea();
    private final Label count = new Label();
    private final TextLimit limit;

    /**
     * @param most the most characters the note holds
     * @param id   the text area's id; the counter's is {@code id + "-count"}
     */
    public NoteBox(int most, String id) {
        area.setId(id);
        area.setWrapText(true);
        count.setId(id + "-count");
        getStyleClass().add(Styles.NOTE_BOX);
        limit = new TextLimit(area, count, most, "note", UnaryOperator.identity());
        getChildren().addAll(area, count);
    }

    public TextArea area() {
        return area;
    }

    public StringProperty textProperty() {
        return area.textProperty();
    }

    /** The note's limit, in characters. */
    public int most() {
        return limit.most();
    }

    /** What the counter says now ("" when the note is far from its limit). */
    public String countText() {
        return count.getText();
    }
}
