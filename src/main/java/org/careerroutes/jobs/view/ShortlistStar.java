package org.careerroutes.jobs.view;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * The ☆ that puts a job on the student's shortlist (★ once it is there): on every card, on each
 * job's bar and in My plan's shortlist. Words beside the star where there is room; a screen reader
 * always hears the job's name and what pressing it does.
 */
final class ShortlistStar {

    static final String EMPTY = "\u2606";
    static final String FULL = "\u2605";

    private ShortlistStar() {
    }

    /** @param withWords "☆ Add to my shortlist" rather than the star alone */
    static ToggleButton create(String nodeId, boolean withWords) {
        ToggleButton star = new ToggleButton();
        star.setId(nodeId);
        star.getStyleClass().add(JobsStyles.STAR);
        star.setUserData(withWords);
        star.setFocusTraversable(true);
        return star;
    }

    /**
     * What pressing the star does: the job on or off the shortlist, then the star as the model has
     * it. A toggle flips itself when pressed, and a full shortlist refuses a job without changing
     * the record (so nothing else redraws the star): shown again here, it does not look pressed
     * while it says "Add".
     */
    static void toggle(ToggleButton star, JobsViewModel model, String id, String title) {
        model.toggleShortlist(id, title);
        show(star, title, model.isShortlisted(id));
    }

    /** Shows whether the job is on the shortlist. */
    static void show(ToggleButton star, String title, boolean shortlisted) {
        boolean withWords = Boolean.TRUE.equals(star.getUserData());
        star.setSelected(shortlisted);
        star.setText(shortlisted ? FULL + (withWords ? " On my shortlist" : "") : EMPTY + (withWords ? " Add to my shortlist" : ""));
        String said = shortlisted ? title + " is on your shortlist: press to take it off"
                : "Add " + title + " to your shortlist";
        star.setAccessibleText(said);
        if (star.getTooltip() == null) {
            star.setTooltip(new Tooltip(said));
        } else {
            star.getTooltip().setText(said);
        }
    }
}
