package org.careerroutes.handout;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.eligibility.QualificationEntry;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.StepMark;

import java.util.List;
import java.util.Optional;

/** Profiles and plans the handout tests share. */
public final class HandoutSamples {

    private HandoutSamples() {
    }

    public static Profile builtIn() {
        return ProfileLoader.loadBuiltIn().profile().orElseThrow();
    }

    /** The built-in profile's file, as text, for tests that change a part of it. */
    public static String builtInJson() {
        try (java.io.InputStream in = HandoutSamples.class.getResourceAsStream(ProfileLoader.BUILT_IN)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The built-in profile with another title, which the loader accepts however long. */
    public static Profile withTitle(String title) {
        String json = builtInJson().replaceFirst("\"title\": \"Clinical engineer\"",
                java.util.regex.Matcher.quoteReplacement("\"title\": \"" + title + "\""));
        return ProfileLoader.read("long-title.json", json).profile().orElseThrow(() -> new AssertionError(
                ProfileLoader.read("long-title.json", json).problems().toString()));
    }

    public static StudentQualification qualification(QualificationType type, String subject, String grade,
                                                     boolean predicted) {
        QualificationEntry.Result result = QualificationEntry.of(type, subject, grade, predicted);
        if (result instanceof QualificationEntry.Accepted accepted) {
            return accepted.qualification();
        }
        throw new AssertionError("not accepted: " + result);
    }

    /** A plan with a favourite pathway, marks, a note on a step, a plan note and grades. */
    public static MyPlan plan() {
        return MyPlan.empty("clinical-engineer")
                .withPathway(Optional.of("apprenticeship"))
                .withMark("gcses", Optional.of(StepMark.DONE))
                .withMark("degree-apprenticeship", Optional.of(StepMark.CONSIDERING))
                .withMark("ptp", Optional.of(StepMark.NOT_FOR_ME))
                .withStepNote("degree-apprenticeship", "Ask Ms Patel about the open day at the hospital")
                .withNote("Visit the medical physics department in the spring")
                .withQualifications(List.of(
                        qualification(QualificationType.GCSE, "Maths", "7", false),
                        qualification(QualificationType.GCSE, "Physics", "6", false),
                        qualification(QualificationType.A_LEVEL, "Maths", "B", true)));
    }

    /** The plan with a long note on every step and a very long plan note. */
    public static MyPlan longNotes(Profile profile) {
        MyPlan plan = plan().withPathway(Optional.of("degree-stp"));
        String sentence = "I want to find out more about this step, who to ask at school, what it costs, "
                + "and whether I can do it near home while keeping up with sport at the weekends. ";
        for (var node : profile.routeMap().orElseThrow().nodes()) {
            plan = plan.withStepNote(node.id(), sentence.repeat(2).strip())
                    .withMark(node.id(), Optional.of(StepMark.values()[node.id().length() % 3]));
        }
        return plan.withNote((sentence.repeat(4) + "\n\n").repeat(3).strip());
    }

    /** The built-in profile with another summary, which the loader accepts however long (within its 5 MB). */
    public static Profile withSummary(String summary) {
        return loaded("long-summary.json", withSummaryJson(summary));
    }

    /** The file of {@link #withSummary}. */
    public static String withSummaryJson(String summary) {
        return builtInJson().replaceFirst("\"summary\": \"[^\"]*\"",
                java.util.regex.Matcher.quoteReplacement("\"summary\": \"" + summary + "\""));
    }

    /**
     * The built-in profile with {@code count} more steps at school, each titled with
     * {@code titleLength} characters, in a chain, and a pathway "long" through all of them.
     */
    public static Profile withManySteps(int count, int titleLength) {
        return loaded("many-steps.json", withManyStepsJson(count, titleLength));
    }

    /** The file of {@link #withManySteps}. */
    public static String withManyStepsJson(int count, int titleLength) {
        StringBuilder nodes = new StringBuilder();
        StringBuilder edges = new StringBuilder();
        StringBuilder steps = new StringBuilder();
        String words = "Step with a very long title that goes on and on ".repeat(titleLength / 48 + 1).substring(0, titleLength);
        for (int i = 0; i < count; i++) {
            nodes.append("{\"id\": \"extra-").append(i).append("\", \"stage\": \"school\", \"title\": \"").append(words)
                    .append("\", \"kind\": \"qualification\"},\n");
            if (i > 0) {
                edges.append("{\"from\": \"extra-").append(i - 1).append("\", \"to\": \"extra-").append(i).append("\"},\n");
            }
            steps.append(i == 0 ? "" : ", ").append("\"extra-").append(i).append('"');
        }
        return builtInJson().replaceFirst("\"nodes\": \\[", java.util.regex.Matcher.quoteReplacement("\"nodes\": [" + nodes))
                .replaceFirst("\"edges\": \\[", java.util.regex.Matcher.quoteReplacement("\"edges\": [" + edges))
                .replaceFirst("\"pathways\": \\[", java.util.regex.Matcher.quoteReplacement("\"pathways\": [{\"id\": \"long\", "
                        + "\"title\": \"" + words + "\", \"steps\": [" + steps + "]},"));
    }

    private static Profile loaded(String name, String json) {
        var result = ProfileLoader.read(name, json);
        return result.profile().filter(p -> result.isValid())
                .orElseThrow(() -> new AssertionError(result.problems().stream().limit(5).toList().toString()));
    }
}
