package org.careerroutes.kiosk;

import org.careerroutes.model.Profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the attract screen tells a passer-by the stand is about. A stand of one job shows that
 * job: its name, its summary and a showcase of it. A stand of several jobs must not read as a
 * stand about whichever job its folder happens to list first: it says how many jobs there are,
 * invites the visitor to find the ones that fit them, and lets the jobs' titles take turns.
 *
 * @param headline  the words in large type
 * @param summary   the line under them
 * @param cards     what takes turns on the card below
 * @param spokenAs  what a screen reader says the attract screen is, after "Touch to explore: "
 * @param severalJobs whether it is a stand of several jobs
 */
public record Stand(String headline, String summary, List<Showcase.Card> cards, String spokenAs, boolean severalJobs) {

    /** The invitation under the number of jobs on a stand of several. */
    public static final String INVITATION =
            "Find the jobs that fit you: what each one is, the ways in, and whether your grades are on track.";
    /** The label over each job's title as the titles take turns. */
    public static final String JOB_CARD_LABEL = "One of the jobs here";

    public Stand {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(summary, "summary");
        cards = List.copyOf(cards);
        Objects.requireNonNull(spokenAs, "spokenAs");
    }

    /** One job's title and summary, as a stand of several shows it in turn. */
    public record Job(String title, String summary) {
        public Job {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** A stand of one job: the job itself, as the kiosk has always shown it. */
    public static Stand oneJob(Profile profile) {
        return new Stand(profile.title(), profile.summary(), Showcase.of(profile), profile.title(), false);
    }

    /**
     * A stand of several jobs.
     *
     * @param count how many jobs it offers (while its folder is read, how many files there are to read)
     * @param jobs  the jobs known so far, in the order their titles take turns
     */
    public static Stand ofJobs(int count, List<Job> jobs) {
        String headline = (count == 1 ? "1 job" : count + " jobs") + " to explore";
        List<Showcase.Card> cards = jobs.stream()
                .map(job -> new Showcase.Card(JOB_CARD_LABEL, job.title(),
                        job.summary().isBlank() ? Optional.empty() : Optional.of(Showcase.sentence(job.summary().strip()))))
                .toList();
        return new Stand(headline, INVITATION, cards, headline, true);
    }
}
