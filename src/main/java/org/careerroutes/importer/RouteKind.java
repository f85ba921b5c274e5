package org.careerroutes.importer;

import org.careerroutes.model.NodeKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of way into a job that job profiles describe, each with the sentences that start one
 * when the text has lost its headings ("You can do a degree…", "You could get into this job
 * through … apprenticeship", "You could start as…", "You could apply directly…"). An imported
 * route's id is its kind's id ({@code university}, {@code college}, {@code apprenticeship},
 * {@code work}, {@code volunteering}, {@code direct-application}), so that what reads a folder
 * of profiles can tell the kinds apart; another route is named after what it names.
 */
public enum RouteKind {
    // Apprenticeships first: "a degree apprenticeship" is not a degree.
    APPRENTICESHIP("apprenticeship", "Apprenticeship", NodeKind.TRAINING,
            "you (?:can|could) (?:also )?(?:get into this (?:job|role|career|work) (?:through|by doing|via)"
                    + "|do|take|start (?:with|on)|apply for|train (?:through|on)) (?:an? )?(?<what>[\\w' -]*apprenticeship)",
            "(?:an? )?(?<what>[\\w' -]*apprenticeships?) (?:is|are|can be|may be|could be) (?:a |another )?(?:good )?(?:way|route|available)"),
    UNIVERSITY("university", "University", NodeKind.QUALIFICATION,
            "you (?:can|could) (?:also )?(?:do|take|study for|study|get into this (?:job|role|career) (?:through|by doing|with)"
                    + "|start with) (?:an? )?(?<what>(?:undergraduate |postgraduate |honours )?(?:foundation degree|higher national "
                    + "diploma|higher national certificate|degree|university course|[\\w' -]*degree))"),
    COLLEGE("college", "College", NodeKind.QUALIFICATION,
            "you (?:can|could) (?:also )?(?:do|take|study|get into this (?:job|role|career) (?:through|by doing|with)"
                    + "|start with) (?:an? )?(?<what>[\\w' -]*(?:college course|course at (?:a )?college|t level|college))"),
    VOLUNTEERING("volunteering", "Volunteering", NodeKind.EXPERIENCE,
            "you (?:can|could) (?:also )?(?:get into this (?:job|role|career) (?:through|by) |do some |try |start by )?(?<what>volunteer\\w*)",
            "(?<what>volunteering) (?:can|could|may|is|will) "),
    DIRECT_APPLICATION("direct-application", "Direct application", NodeKind.EMPLOYMENT,
            "you (?:can|could|may be able to) (?:also )?(?<what>apply directly)"),
    WORK("work", "Work", NodeKind.EMPLOYMENT,
            "you (?:can|could) (?:also )?(?<what>(?:start (?:work )?as|begin as|start in|get a job as|work as|join [\\w' -]+ as"
                    + "|find (?:employment|work)|get into this (?:job|role|career) (?:through|by) (?:working|starting))\\b.*)",
            "you (?:can|could) (?:also )?.*\\bwork your way up\\b.*"),
    /** A route another kind does not describe, usually a named programme ("the NHS Practitioner Training Programme"). */
    OTHER("other", "Other route", NodeKind.TRAINING,
            // The name is matched with its case: a programme's name starts with a capital.
            "(?-i)(?i:(?:if [^,]+, )?you (?:can|could) (?:also )?(?:apply (?:for|to join|to)|join|go on to|do) (?:the |a |an )?)"
                    + "(?<what>[A-Z].*)");

    private final String id;
    private final String title;
    private final NodeKind stepKind;
    private final List<Pattern> starts;

    RouteKind(String id, String title, NodeKind stepKind, String... starts) {
        this.id = id;
        this.title = title;
        this.stepKind = stepKind;
        this.starts = java.util.Arrays.stream(starts).map(s -> Pattern.compile(s, Pattern.CASE_INSENSITIVE)).toList();
    }

    /** The route's id in an imported profile, e.g. "direct-application". */
    public String id() {
        return id;
    }

    /** The route's title where the text gives it no heading, e.g. "Direct application". */
    public String title() {
        return title;
    }

    /** The kind of route-map step it is. */
    NodeKind stepKind() {
        return stepKind;
    }

    /** A sentence that starts a route: its kind, and what it names ("a healthcare science practitioner degree apprenticeship"). */
    record Start(RouteKind kind, String what, boolean also) {
    }

    /** The route a paragraph starts, if it starts one. */
    static Optional<Start> startedBy(String paragraph) {
        for (RouteKind kind : values()) {
            for (Pattern start : kind.starts) {
                Matcher m = start.matcher(paragraph);
                if (m.lookingAt()) {
                    String what = m.pattern().pattern().contains("?<what>") && m.group("what") != null ? m.group("what") : "";
                    boolean also = paragraph.matches("(?is)^(?:if [^,]+, )?you (?:can|could) also\\b.*");
                    return Optional.of(new Start(kind, what.strip(), also));
                }
            }
        }
        return Optional.empty();
    }
}
