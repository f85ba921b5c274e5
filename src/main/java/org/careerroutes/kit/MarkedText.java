package org.careerroutes.kit;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.BitSet;

/**
 * Text with some of its characters marked, as a search shows what it found: the marked runs bold
 * and underlined, so that the mark does not rest on colour alone. The search decides what to mark;
 * this only draws it.
 */
public final class MarkedText {

    private MarkedText() {
    }

    /**
     * @param marked     the characters to mark, by index
     * @param flowStyle  the flow's style class
     * @param plainStyle the style class of the runs not marked
     * @param markStyle  the style class of the marked runs
     */
    public static TextFlow flow(String text, BitSet marked, String flowStyle, String plainStyle, String markStyle) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(flowStyle);
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked.get(i) != marked.get(from)) {
                Text part = new Text(text.substring(from, i));
                boolean mark = marked.get(from);
                part.getStyleClass().add(mark ? markStyle : plainStyle);
                part.setUnderline(mark);
                flow.getChildren().add(part);
                from = i;
            }
        }
        return flow;
    }
}
