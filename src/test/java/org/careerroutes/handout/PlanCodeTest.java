package org.careerroutes.handout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanCodeTest {

    private final Profile profile = HandoutSamples.builtIn();
    private final LocalDate day = LocalDate.of(2026, 11, 30);

    @Test
    void theTextHoldsThePathwayMarksVerdictsNameAndLicence() {
        String text = PlanCode.text(Handout.of(profile, HandoutSamples.plan(), day));
        assertEquals(String.join("\n",
                "Career Routes: my plan",
                "Clinical engineer",
                "Pathway: Degree apprenticeship",
                "1 GCSEs [Done]",
                "2 A levels or college qualifications",
                "3 Healthcare science practitioner\u2026 [Considering]",
                "4 Register with the HCPC",
                "5 Clinical engineer",
                "Am I on track?",
                "University: Not yet",
                "Apprenticeship: Not yet",
                "NHS Practitioner Training\u2026: Not yet",
                "Private sector to chartered\u2026: Not yet",
                "Licence: Open Government Licence v3.0"), text);
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
        PlanCode.Matrix matrix = PlanCode.encode(text);
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
        assertEquals(text, new QRCodeReader().decode(bitmap).getText());
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
