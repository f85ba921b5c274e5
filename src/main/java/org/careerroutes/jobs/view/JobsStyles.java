package org.careerroutes.jobs.view;

/** The Jobs page's style-class names, shared with jobs.css. */
public final class JobsStyles {

    public static final String PAGE = "jobs-page";
    public static final String HEADER = "jobs-header";
    public static final String SEARCH_ROW = "jobs-search-row";
    public static final String COUNT = "jobs-count";
    public static final String FILTERS = "jobs-filters";
    public static final String FILTER_GROUP = "jobs-filter-group";
    public static final String FILTER_HEADING = "jobs-filter-heading";
    public static final String CARDS = "jobs-cards";
    /** The cards with, above them, what is said when none match and, below, "Show 48 more". */
    public static final String CARDS_COLUMN = "jobs-cards-column";
    public static final String CARD = "job-card";
    public static final String CARD_OPEN = "job-card-open";
    public static final String CARD_TITLE = "job-card-title";
    public static final String CARD_TITLE_TEXT = "job-card-title-text";
    public static final String CARD_SUMMARY = "job-card-summary";
    public static final String CARD_TEXT = "job-card-text";
    public static final String CARD_FOUND = "job-card-found";
    public static final String MARK = "jobs-mark";
    public static final String VERDICT = "job-card-verdict";
    public static final String STAR = "shortlist-star";
    public static final String NOTICE = "jobs-notice";
    public static final String NOTHING = "jobs-nothing";
    public static final String JOB_BAR = "job-bar";
    public static final String JOB_BAR_TITLE = "job-bar-title";
    public static final String LIKE_THIS = "jobs-like-this";
    public static final String LIKE_THIS_ITEM = "jobs-like-this-item";
    public static final String SHORTLIST = "my-shortlist";

    private JobsStyles() {
    }
}
