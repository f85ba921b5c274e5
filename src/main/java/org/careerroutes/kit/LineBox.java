package org.careerroutes.kit;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.function.UnaryOperator;

/**
 * A one-line box a student writes in ("When I showed it", "Who or where"), with its limit shown
 * as a {@link NoteBox} shows a note's ({@link TextLimit}). What is pasted is made one line by
 * {@code asLine} (the caller's rule for a line its model keeps: line breaks and tabs become
 * spaces), so that a pasted paragraph is neither lost nor run together.
 */
public final class LineBox extends VBox {

    private final TextField field = new TextField();
    private final Label count = new Label();
    private final TextLimit limit;

    /**
     * @param most   the most characters the line holds
     * @param id     the field's id; the counter's is {@code id + "-count"}
     * @param asLine makes a pasted text one line
     */
    public LineBox(int most, String id, UnaryOperator<String> asLine) {
        field.setId(id);
        count.setId(id + "-count");
        getStyleClass().add(Styles.NOTE_BOX);
        limit = new TextLimit(field, count, most, "line", asLine);
        getChildren().addAll(field, count);
    }

    public TextField field() {
        return field;
    }

    public StringProperty textProperty() {
        return field.textProperty();
    }

    /** The line's limit, in characters. */
    public int most() {
        return limit.most();
    }

    /** What the counter says now ("" when the line is far from its limit). */
    public String countText() {
        return count.getText();
    }
}
