package org.careerroutes.jobs;

import org.careerroutes.content.LoadResult;
import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.model.Profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test pack of 32 job profiles (src/test/resources/pack, whose README.txt lists each job's
 * routes, requirement lines, subjects and skills, and rules.txt each route's rules read by hand),
 * and students' qualifications as the "Am I on track?" form makes them.
 */
public final class TestPack {

    public static final Path FOLDER = Path.of("src/test/resources/pack/profiles");

    private static List<Profile> profiles;

    private TestPack() {
    }

    /** The 32 profiles, read once. */
    public static synchronized List<Profile> profiles() {
        if (profiles == null) {
            List<Profile> read = new ArrayList<>();
            for (LoadResult result : ProfileLoader.loadPath(FOLDER)) {
                read.add(result.profile().orElseThrow(() -> new AssertionError(result.problems().toString())));
            }
            profiles = List.copyOf(read);
        }
        return profiles;
    }

    public static JobIndex index() {
        return new JobIndex(profiles().stream().map(JobEntry::of).toList());
    }

    public static JobEntry job(String id) {
        return index().job(id).orElseThrow();
    }

    /** A qualification as typed into the form: "GCSE", "Maths", "7". */
    public static StudentQualification q(QualificationType type, String subject, String grade, boolean predicted) {
        QualificationEntry.Result result = QualificationEntry.of(type, subject, grade, predicted);
        if (result instanceof QualificationEntry.Accepted accepted) {
            return accepted.qualification();
        }
        throw new AssertionError(subject + " " + grade + ": " + result);
    }

    public static StudentQualification gcse(String subject, String grade) {
        return q(QualificationType.GCSE, subject, grade, false);
    }

    public static StudentQualification predictedALevel(String subject, String grade) {
        return q(QualificationType.A_LEVEL, subject, grade, true);
    }
}
