package org.careerroutes.plan;

import java.util.Optional;

/** The kinds of careers encounter a student can record (Gatsby benchmarks 5 and 6, and more). */
public enum EncounterKind implements Keyed {
    CAREERS_FAIR("careers-fair", "Careers fair"),
    EMPLOYER_TALK("employer-talk", "Talk by an employer"),
    WORKPLACE_VISIT("workplace-visit", "Workplace visit"),
    WORK_EXPERIENCE("work-experience", "Work experience"),
    VOLUNTEERING("volunteering", "Volunteering"),
    OPEN_DAY("open-day", "Open day at a university or college"),
    ONLINE_EVENT("online-event", "Online event"),
    OTHER("other", "Other");

    private final String key;
    private final String label;

    EncounterKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** How the kind is written in a plan file, e.g. "open-day". */
    @Override
    public String key() {
        return key;
    }

    /** The kind in words, e.g. "Open day at a university or college". */
    public String label() {
        return label;
    }

    /** The kind a plan file's key names, if it names one. */
    public static Optional<EncounterKind> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}
