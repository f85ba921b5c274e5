package org.careerroutes.kit;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The limit of a box a student writes in ({@link NoteBox}, {@link LineBox}), shown where they
 * type: near the limit a counter says how much is used, at the limit the box takes no more, and
 * text pasted (or typed) beyond it is cut to fit with a message saying so, so that nothing is lost
 * without a word. Characters are counted as a person counts them (an emoji is one); half a
 * character (a lone surrogate, which no file can keep) becomes the replacement character. What is
 * added may be cleaned first ({@code clean}: a one-line box makes a pasted line break a space).
 */
final class TextLimit {

    /** The counter appears once the text is this full. */
    static final double NEAR = 0.8;
    private static final PseudoClass NEAR_LIMIT = PseudoClass.getPseudoClass("near-limit");
    private static final PseudoClass FULL = PseudoClass.getPseudoClass("full");
    private static final PseudoClass CUT = PseudoClass.getPseudoClass("cut");

    private final int most;
    private final String what;
    private final TextInputControl input;
    private final Label count;
    private final UnaryOperator<String> clean;
    /** The message about text cut to fit, until the next change. */
    private String cutMessage = "";

    /**
     * @param what  the box in words, for its messages ("note": "This note holds …")
     * @param clean what is done to text added before it is counted
     */
    TextLimit(TextInputControl input, Label count, int most, String what, UnaryOperator<String> clean) {
        this.input = input;
        this.count = count;
        this.most = most;
        this.what = what;
        this.clean = clean;
        count.getStyleClass().add(Styles.NOTE_COUNT);
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        input.setTextFormatter(new TextFormatter<String>(limit()));
        input.textProperty().addListener((obs, old, text) -> showCount());
        showCount();
    }

    int most() {
        return most;
    }

    private UnaryOperator<TextFormatter.Change> limit() {
        return change -> {
            if (!change.isContentChange()) {
                return change;
            }
            cutMessage = "";
            String added = clean.apply(wholeCharacters(change.getText()));
            int kept = length(change.getControlText()) - length(change.getControlText().substring(change.getRangeStart(),
                    change.getRangeEnd()));
            int room = Math.max(0, most - kept);
            if (length(added) > room) {
                String fits = added.substring(0, added.offsetByCodePoints(0, room));
                cutMessage = String.format(Locale.UK, "This %s holds %,d characters, so only the first %,d of the "
                        + "%,d you added fitted. Shorten it to add more.", what, most, length(fits), length(added));
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
        showCount(length(input.getText()));
    }

    private void showCount(int used) {
        boolean near = used >= most * NEAR;
        boolean full = used >= most;
        String text = cutMessage.isEmpty() ? near ? String.format(Locale.UK, "%,d of %,d characters%s", used, most,
                full ? ": this " + what + " is full" : "") : "" : cutMessage;
        count.setText(text);
        count.setVisible(!text.isEmpty());
        count.setManaged(!text.isEmpty());
        count.pseudoClassStateChanged(NEAR_LIMIT, near);
        count.pseudoClassStateChanged(FULL, full);
        count.pseudoClassStateChanged(CUT, !cutMessage.isEmpty());
        input.setAccessibleHelp(text.isEmpty() ? String.format(Locale.UK, "Up to %,d characters", most) : text);
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
