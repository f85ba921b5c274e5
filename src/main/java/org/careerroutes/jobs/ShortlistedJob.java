package org.careerroutes.jobs;

import org.careerroutes.eligibility.Outcome;
import org.careerroutes.eligibility.RouteVerdict;
import org.careerroutes.eligibility.StudentQualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job on the student's shortlist as My plan and the handout list it: its title, its ways in
 * (its routes) and, once the student has entered qualifications, their verdict on each. A job
 * shortlisted that is no longer on offer (gone from the folder) keeps the title it had.
 *
 * @param job     what the Jobs page knows of it, while it is on offer
 * @param verdict the student's verdict on each of its routes, when they have entered qualifications
 */
public record ShortlistedJob(String id, String title, Optional<JobEntry> job, Optional<JobVerdict> verdict) {

    public ShortlistedJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A shortlisted job (its id and the title kept with it), as the jobs on offer and the student's qualifications have it. */
    public static ShortlistedJob of(String id, String title, JobPack pack, List<StudentQualification> mine) {
        Optional<JobEntry> job = pack.job(id);
        return new ShortlistedJob(id, job.map(JobEntry::title).orElse(title), job,
                job.filter(j -> !mine.isEmpty()).map(j -> JobVerdict.of(j, mine)));
    }

    public boolean onOffer() {
        return job.isPresent();
    }

    /** "Ways in: University, Apprenticeship, Starting in a junior job" (as the filter names them), or why there are none to list. */
    public String waysIn() {
        return job.map(j -> "Ways in: " + String.join(", ", j.routes().stream().map(JobRoute::name).toList()))
                .orElse("Not among the jobs on offer here now");
    }

    /**
     * The student's verdict on each route, a line each ("✓ College: you meet the usual entry
     * requirements"), the routes Career Routes does not check together in one line at the end;
     * none before qualifications are entered.
     */
    public List<String> verdictLines() {
        if (verdict.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        for (RouteVerdict route : verdict.get().routes()) {
            if (route.outcome() == Outcome.NO_RULES && route.way().isEmpty()) {
                notChecked.add(route.route().title());
            } else {
                lines.add(route.outcome().symbol() + " " + JobVerdict.routeLine(route));
            }
        }
        if (!notChecked.isEmpty()) {
            lines.add(Outcome.NO_RULES.symbol() + " Not checked by Career Routes: " + String.join(", ", notChecked));
        }
        return lines;
    }
}
