package org.careerroutes.kit;

import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A box a student writes a note in, that shows its limit where they type: near the limit a
 * counter says how much is left, at the limit the box takes no more, and text pasted (or typed)
 * beyond it is cut to fit with a message saying so, so that nothing is lost without a word.
 * Characters are counted as a person counts them (an emoji is one); half a character (a lone
 * surrogate, which no file can keep) becomes the replacement character.
 */
public final class NoteBox extends VBox {

    /** The counter appears once the note is this full. */
    static final double NEAR = 0.8;
    private static final PseudoClass NEAR_LIMIT = PseudoClass.getPseudoClass("near-limit");
    private static final PseudoClass FULL = PseudoClass.getPseudoClass("full");
    private static final PseudoClass CUT = PseudoClass.getPseudoClass("cut");

    private final int most;
    private final TextArea area = new TextArea();
    private final Label count = new Label();
    /** The message about text cut to fit, until the next change. */
    private String cutMessage = "";

    /**
     * @param most the most characters the note holds
     * @param id   the text area's id; the counter's is {@code id + "-count"}
     */
    public NoteBox(int most, String id) {
        this.most = most;
        area.setId(id);
        area.setWrapText(true);
        count.setId(id + "-count");
        count.getStyleClass().add(Styles.NOTE_COUNT);
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        getStyleClass().add(Styles.NOTE_BOX);
        area.setTextFormatter(new TextFormatter<String>(limit()));
        area.textProperty().addListener((obs, old, text) -> showCount());
        getChildren().addAll(area, count);
        showCount();
    }

    public TextArea area() {
        return area;
    }

    public StringProperty textProperty() {
        return area.textProperty();
    }

    /** The note's limit, in characters. */
    public int most() {
        return most;
    }

    /** What the counter says now ("" when the note is far from its limit). */
    public String countText() {
        return count.getText();
    }

    private UnaryOperator<TextFormatter.Change> limit() {
        return change -> {
            if (!change.isContentChange()) {
                return change;
            }
            cutMessage = "";
            String added = wholeCharacters(change.getText());
            int kept = length(change.getControlText()) - length(change.getControlText().substring(change.getRangeStart(),
                    change.getRangeEnd()));
            int room = Math.max(0, most - kept);
            if (length(added) > room) {
                String fits = added.substring(0, added.offsetByCodePoints(0, room));
                cutMessage = String.format(Locale.UK, "This note holds %,d characters, so only the first %,d of the "
                        + "%,d you added fitted. Shorten it to add more.", most, length(fits), length(added));
                added = fits;
                showCount(kept + length(fits));   // said now: a change cut to nothing changes no text
            }
            if (!added.equals(change.getText())) {
                change.setText(added);
                change.selectRange(change.getRangeStart() + added.length(), change.getRangeStart() + added.length());
            }
            return change;
        };
    }

    private void showCount() {
        showCount(length(area.getText()));
    }

    private void showCount(int used) {
        boolean near = used >= most * NEAR;
        boolean full = used >= most;
        String text = cutMessage.isEmpty() ? near ? String.format(Locale.UK, "%,d of %,d characters%s", used, most,
                full ? ": this note is full" : "") : "" : cutMessage;
        count.setText(text);
        count.setVisible(!text.isEmpty());
        count.setManaged(!text.isEmpty());
        count.pseudoClassStateChanged(NEAR_LIMIT, near);
        count.pseudoClassStateChanged(FULL, full);
        count.pseudoClassStateChanged(CUT, !cutMessage.isEmpty());
        area.setAccessibleHelp(text.isEmpty() ? String.format(Locale.UK, "Up to %,d characters", most) : text);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text with any half character (a lone surrogate) replaced by the replacement character. */
    private static String wholeCharacters(String text) {
        StringBuilder whole = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (whole != null) {
                    whole.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (whole == null) {
                    whole = new StringBuilder(text.substring(0, i));
                }
                whole.append('\uFFFD');
            } else if (whole != null) {
                whole.append(c);
            }
        }
        return whole == null ? text : whole.toString();
    }
}
