/**
 * A student's plan, and what is kept of it. No JavaFX: the window's side is in {@code plan.view}.
 *
 * <p><b>The model.</b> A {@link org.careerroutes.plan.MyPlan} is one job's part (profile, favourite
 * pathway, marks and notes on route-map steps, a note) with the student's
 * {@link org.careerroutes.plan.StudentRecord} beside it ({@link org.careerroutes.plan.MyPlan#student()}):
 * what is the student's and not a job's, the same for every job.
 * The record holds their qualifications ("Am I on track?"), their skills
 * ({@link org.careerroutes.plan.SkillReflection}: a {@link org.careerroutes.plan.SkillRating} and
 * "when I showed it", matched across jobs by {@link org.careerroutes.plan.StudentRecord#skillKey}),
 * their careers encounters ({@link org.careerroutes.plan.Encounter}, of an
 * {@link org.careerroutes.plan.EncounterKind}, each with an id from
 * {@link org.careerroutes.plan.StudentRecord#nextEncounterId()}) and their shortlist of jobs
 * ({@link org.careerroutes.plan.Shortlisted}, with the title as it was). Both are immutable, with
 * {@code with…} methods; each holds its own limits (the {@code MAX_…} constants), and a value over
 * one cannot be made, so whatever they hold is written and read back exactly. A view that takes text
 * for the record cuts it with {@link org.careerroutes.plan.MyPlan#cut} and makes one-line texts with
 * {@link org.careerroutes.plan.StudentRecord#asLine}.
 *
 * <p><b>What the record's pages read.</b> {@link org.careerroutes.plan.JobSkills} is a job's skills with
 * what the student says about each (Skills and subjects, My plan, the handout, the kiosk's code);
 * {@link org.careerroutes.plan.StudentRecord#encountersNewestFirst()} is how encounters are listed;
 * {@link org.careerroutes.plan.EncountersCsv} writes them for a careers leader (docs/plan-format.md).
 *
 * <p><b>In the window.</b> One record per window: {@code ui.WindowPlan#studentRecordProperty()} to
 * read it (it changes when a plan file is opened or everything is cleared) and
 * {@code ui.WindowPlan#changeStudentRecord(UnaryOperator)} to change it; the change is on every
 * profile's pages at once and kept as the plan is (saved a second later on the student's own
 * computer; in memory only on a shared computer or at a kiosk, where it goes with the session or
 * the visit). The handout and the QR code get it with the plan.
 *
 * <p><b>Files.</b> {@link org.careerroutes.plan.PlanFile} is the {@code .careerplan} format (version 2:
 * a job's part, the record as {@code "me"}, or both; version 1 still read), read strictly by
 * {@code PlanReader} and {@code RecordReader}. {@link org.careerroutes.plan.PlanKeeping} is where
 * plans are kept: {@link org.careerroutes.plan.PlanStore} (the user's {@code plans} folder:
 * {@code me.careerplan} and one file per job; the upgrade from version 1 is {@code PlanUpgrade}) or
 * nowhere. {@link org.careerroutes.plan.PlanFiles} saves and opens a file the student chooses. See
 * docs/plan-format.md and docs/decisions/0034-the-students-record-one-for-every-job.md.
 */
package org.careerroutes.plan;
