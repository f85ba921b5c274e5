package org.careerroutes.jobs.view;

import org.careerroutes.jobs.JobEntry;
import org.careerroutes.jobs.JobSearch;
import org.careerroutes.jobs.JobVerdict;

import java.util.List;
import java.util.Optional;

/**
 * One job's card as the Jobs page shows it: the job, the words of the search to mark on it, and how
 * the student stands with it.
 *
 * @param titleMarks   the words of the title to mark for the search
 * @param summaryMarks the words of the summary to mark
 * @param found        where the job matched beyond its title and summary, and the words there to mark
 * @param verdict      how the student stands with it, once they have entered qualifications
 */
public record JobCard(JobEntry job, List<JobSearch.Mark> titleMarks, List<JobSearch.Mark> summaryMarks,
                      Optional<JobSearch.Found> found, List<JobSearch.Mark> foundMarks, Optional<JobVerdict> verdict,
                      boolean shortlisted) {
    public JobCard {
        titleMarks = List.copyOf(titleMarks);
        summaryMarks = List.copyOf(summaryMarks);
        foundMarks = List.copyOf(foundMarks);
    }

    /** A job's card for the words searched for (none: nothing is marked). */
    static JobCard of(JobEntry job, List<String> words, Optional<JobVerdict> verdict, boolean shortlisted) {
        Optional<JobSearch.Found> found = JobSearch.foundBeyondCard(job, words);
        return new JobCard(job, JobSearch.marks(job.title(), words), JobSearch.marks(job.summary(), words), found,
                found.map(f -> JobSearch.marks(f.text(), words)).orElse(List.of()), verdict, shortlisted);
    }

    /** What a screen reader says of the card's title: the job, its verdict, and whether it is shortlisted. */
    public String accessibleText() {
        return job.title() + verdict.map(v -> ". " + v.words()).orElse("")
                + (shortlisted ? ". On your shortlist" : "");
    }
}
