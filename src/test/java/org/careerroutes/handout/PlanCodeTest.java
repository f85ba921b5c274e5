package org.careerroutes.handout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.careerroutes.plan.SkillRating;
import org.careerroutes.plan.SkillReflection;
import org.careerroutes.plan.StudentRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanCodeTest {

    private final Profile profile = HandoutSamples.builtIn();
    private final LocalDate day = LocalDate.of(2026, 11, 30);

    @Test
    void theTextHoldsThePathwayMarksVerdictsNameLicenceAndTheVisit() {
        String text = PlanCode.text(Handout.of(profile, HandoutSamples.plan(), day));
        assertEquals(String.join("\n",
                "Career Routes: my plan",
                "Clinical engineer",
                "Pathway: Degree apprenticeship",
                "1 GCSEs [Done]",
                "2 A levels or college\u2026",
                "3 Healthcare science\u2026 [Considering]",
                "4 Register with the HCPC",
                "5 Clinical engineer",
                "Am I on track?",
                "University: Not yet",
                "Apprenticeship: Not yet",
                "NHS Practitioner\u2026: Not yet",
                "Private sector to\u2026: Not yet",
                "Licence: Open Government Licence v3.0",
                "Careers fair visit, 30 November 2026: Clinical engineer"), text);
    }

    @Test
    void theSkillsAreInShortFormAndTheVisitIsTheLastLine() throws Exception {
        MyPlan plan = MyPlan.empty(profile.id()).withPathway(Optional.of("ptp")).withStudent(StudentRecord.EMPTY
                .withSkill("Problem solving", new SkillReflection(Optional.of(SkillRating.CONFIDENT), "Robot arm, Year 10"))
                .withSkill("teamwork", SkillReflection.rated(SkillRating.CONFIDENT))
                .withSkill("IT", SkillReflection.rated(SkillRating.GETTING_THERE))
                .withSkill("Numeracy", SkillReflection.rated(SkillRating.NOT_YET)));
        PlanCode.Code code = PlanCode.of(Handout.of(profile, plan, day));
        assertTrue(code.text().contains("\nMy skills: 2 of 8 confident, 1 getting there, 1 not yet\n"
                + "Confident: Problem solving, Teamwork\nGetting there: IT\nNot yet: Numeracy\n"), code.text());
        assertFalse(code.text().contains("Robot arm"), "when I showed it stays in the plan, not the code");
        assertTrue(code.text().endsWith("\nCareers fair visit, 30 November 2026: Clinical engineer"), code.text());
        assertEquals(code.text(), read(code.matrix()), "a phone reads the same text");
    }

    @Test
    void aFullRecordAndALongPlanStillFitWithTheSkillsCountedAndTheVisitLast() {
        StudentRecord record = HandoutSamples.longNotes(profile).student();
        for (String skill : profile.skills().items()) {
            record = record.withSkill(skill, new SkillReflection(Optional.of(SkillRating.values()[skill.length() % 3]),
                    "x".repeat(StudentRecord.MAX_SHOWN_WHEN)));
        }
        Profile longTitled = HandoutSamples.withTitle("A job with a very long title ".repeat(20).strip());
        PlanCode.Code code = PlanCode.of(Handout.of(longTitled, HandoutSamples.longNotes(profile).withStudent(record), day));
        assertTrue(code.text().getBytes(StandardCharsets.UTF_8).length <= PlanCode.MAX_BYTES);
        assertTrue(code.text().lines().reduce((a, b) -> b).orElseThrow().startsWith("Careers fair visit, 30 November 2026: "
                + "A job with a very long title"), code.text());
        assertTrue(code.text().contains("My skills: "), code.text());
        assertTrue(code.shortened().orElseThrow().contains("skills are counted"), code.shortened().toString());
    }

    @Test
    void aShortPlanIsNotShortened() {
        String text = PlanCode.text(Handout.of(profile, MyPlan.empty(profile.id()).withPathway(java.util.Optional.of("ptp")), day));
        assertTrue(text.contains("3 NHS Practitioner Training Programme (PTP)\n"), text);
    }

    @Test
    void everyPlanOfTheBuiltInProfileFitsVersion15AtLevelM() {
        for (var pathway : profile.routeMap().orElseThrow().pathways()) {
            MyPlan plan = HandoutSamples.longNotes(profile).withPathway(java.util.Optional.of(pathway.id()));
            String text = PlanCode.text(Handout.of(profile, plan, day));
            assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= PlanCode.MAX_BYTES, text);
            PlanCode.Matrix matrix = PlanCode.encode(text);
            assertTrue(matrix.version() <= PlanCode.MAX_VERSION, "version " + matrix.version());
            assertEquals(17 + 4 * matrix.version(), matrix.size());
        }
    }

    @Test
    void theMatrixDecodesToTheText() throws Exception {
        String text = PlanCode.text(Handout.of(profile, HandoutSamples.longNotes(profile), day));
        assertEquals(text, read(PlanCode.encode(text)));
    }

    /** What a phone's camera reads from the code, drawn with its quiet zone. */
    static String read(PlanCode.Matrix matrix) throws Exception {
        int scale = 4;
        int side = (matrix.size() + 2 * PlanCode.QUIET_ZONE) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - PlanCode.QUIET_ZONE;
                int my = y / scale - PlanCode.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.size() && my < matrix.size() && matrix.isDark(mx, my);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    /**
     * Issue 20: at 612 characters a title put the code over its limit and dropped the pathway and
     * marks without a word; at 3,060 the code could not be made and the kiosk visit ended.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {612, 3_060, 40_000})
    void aLongTitleIsShortenedWithThePathwayAndMarksKeptAndSaidSo(int length) throws Exception {
        String title = ("Clinical engineer " + "x".repeat(length)).substring(0, length);
        Profile longTitle = HandoutSamples.withTitle(title);
        PlanCode.Code code = PlanCode.of(Handout.of(longTitle, HandoutSamples.plan(), day));
        assertTrue(code.text().getBytes(StandardCharsets.UTF_8).length <= PlanCode.MAX_BYTES, code.text());
        assertTrue(code.matrix().version() <= PlanCode.MAX_VERSION);
        assertTrue(code.text().contains("Pathway: Degree apprenticeship"), code.text());
        assertTrue(code.text().contains("1 GCSEs [Done]"), code.text());
        assertTrue(code.text().contains("Clinical engineer"), "the title's start: " + code.text());
        assertTrue(code.shortened().orElseThrow().startsWith("Shortened to fit the code: long titles are cut short"),
                code.shortened().get());
    }

    @Test
    void nothingShortenedIsNothingSaid() {
        MyPlan shortPlan = MyPlan.empty(profile.id()).withPathway(java.util.Optional.of("ptp"));
        assertEquals(java.util.Optional.empty(), PlanCode.of(Handout.of(profile, shortPlan, day)).shortened());
        assertEquals(java.util.Optional.of("Shortened to fit the code: long titles are cut short (\u2026). The full plan "
                + "is on the screen."), PlanCode.of(Handout.of(profile, HandoutSamples.plan(), day)).shortened(),
                "the sample plan's longest step titles are cut, and that is said");
    }
}
