package org.careerroutes.plan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.careerroutes.eligibility.QualificationType;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.files.SmallFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a plan can hold is written and read back exactly: notes of any length the model
 * accepts, in any text (emoji, right-to-left scripts, combining marks, control characters),
 * through the file's bytes. And what no file could keep (half a character) the model refuses.
 */
class PlanFilePropertiesTest {

    private static final List<StudentQualification> SOME_QUALIFICATIONS = List.of(
            PlanStoreTest.q(QualificationType.GCSE, "Maths", "7", false),
            PlanStoreTest.q(QualificationType.GCSE, "Combined science", "5-4", false),
            PlanStoreTest.q(QualificationType.A_LEVEL, "Physics", "B", true),
            PlanStoreTest.q(QualificationType.DEGREE, "Mechanical engineering", "2:1", true),
            PlanStoreTest.q(QualificationType.HIGHER_DEGREE, "Clinical engineering", "Merit", false),
            PlanStoreTest.q(QualificationType.EXPERIENCE, "Voluntary work in a hospital", "", false));

    @Property(tries = 300)
    void everyPlanTheModelAcceptsIsReadBackExactly(@ForAll("plans") MyPlan plan) throws Exception {
        byte[] bytes = PlanFile.write(plan).getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= PlanFile.MAX_BYTES);
        PlanFile.Read read = PlanFile.read(SmallFile.text(bytes, "not text"));
        assertEquals(plan, read.plan());
        assertEquals(List.of(), read.shortened(), "nothing the model accepts is cut");
        assertEquals(PlanFile.write(plan), PlanFile.write(read.plan()), "and written again the same");
    }

    @Example
    void aPlanWithEveryLimitFilledWithTheWidestCharactersFitsTheFileLimitAndIsReadBack() throws Exception {
        String widest = "\u0001".repeat(MyPlan.MAX_STEP_NOTE);   // each written as a six-byte escape
        Map<String, StepMark> marks = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < MyPlan.MAX_ENTRIES; i++) {
            String id = ("x" + String.format("%0" + (MyPlan.MAX_ID - 1) + "d", i)).replace('0', '\u2028');
            marks.put(id, StepMark.values()[i % 3]);
            notes.put(id, widest);
        }
        List<StudentQualification> qualifications = new ArrayList<>();
        while (qualifications.size() < MyPlan.MAX_QUALIFICATIONS) {
            qualifications.addAll(SOME_QUALIFICATIONS);
        }
        MyPlan largest = new MyPlan("p\u2028".repeat(MyPlan.MAX_ID / 2), Optional.of("p\u2028".repeat(MyPlan.MAX_ID / 2)), marks,
                notes, "\u0001".repeat(MyPlan.MAX_NOTE), qualifications.subList(0, MyPlan.MAX_QUALIFICATIONS));
        byte[] bytes = PlanFile.write(largest).getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= PlanFile.MAX_BYTES, bytes.length + " bytes over " + PlanFile.MAX_BYTES);
        assertEquals(largest, PlanFile.read(SmallFile.text(bytes, "not text")).plan());
    }

    @Property(tries = 100)
    void halfACharacterIsRefusedByTheModelNotLostInTheFile(@ForAll("halfCharacters") String text) {
        MyPlan plan = MyPlan.empty("clinical-engineer");
        assertThrows(IllegalArgumentException.class, () -> plan.withNote(text));
        assertThrows(IllegalArgumentException.class, () -> plan.withStepNote("gcses", "x" + text));
    }

    @Property(tries = 100)
    void aNoteOverItsLimitIsRefusedByTheModel(@ForAll("overLong") String text) {
        assertThrows(IllegalArgumentException.class, () -> MyPlan.empty("p").withStepNote("a", text));
    }

    @Provide
    Arbitrary<MyPlan> plans() {
        Arbitrary<String> ids = text(1, 40).map(PlanFilePropertiesTest::withoutControls).filter(MyPlan::isId);
        Arbitrary<Map<String, StepMark>> marks = Arbitraries.maps(ids, Arbitraries.of(StepMark.class)).ofMaxSize(12);
        Arbitrary<Map<String, String>> notes = Arbitraries.maps(ids, text(1, MyPlan.MAX_STEP_NOTE)
                .filter(note -> !note.isBlank())).ofMaxSize(6);
        Arbitrary<List<StudentQualification>> qualifications = Arbitraries.of(SOME_QUALIFICATIONS).list()
                .ofMaxSize(MyPlan.MAX_QUALIFICATIONS);
        return Combinators.combine(ids, ids.optional(), marks, notes, text(0, MyPlan.MAX_NOTE), qualifications)
                .as(MyPlan::new);
    }

    private static String withoutControls(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? '-' : c));
        return kept.toString();
    }

    /** Any text of whole characters: every plane, so emoji, right-to-left letters, combining marks and controls. */
    private static Arbitrary<String> text(int least, int most) {
        Arbitrary<Integer> anyCharacter = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x7F),
                Arbitraries.integers().between(0x80, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0x10FFFF),
                Arbitraries.of(0x0627, 0x05D0, 0x0301, 0x200F, 0x1F600, 0x1F469, 0x200D, 0xFE0F, 0x0000, 0x2028, 0x0009));
        return anyCharacter.list().ofMinSize(least).ofMaxSize(most).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            codePoints.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<String> halfCharacters() {
        return Combinators.combine(text(0, 20), Arbitraries.chars().range('\uD800', '\uDFFF'), text(0, 20))
                .as((before, half, after) -> before + half + (Character.isHighSurrogate(half) ? "x" : "") + after);
    }

    @Provide
    Arbitrary<String> overLong() {
        return Arbitraries.integers().between(MyPlan.MAX_STEP_NOTE + 1, MyPlan.MAX_STEP_NOTE * 3).map("a"::repeat);
    }
}
