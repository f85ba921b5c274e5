package org.careerroutes.importer;

import org.careerroutes.importer.RequirementPhrasings.Phrasing;
import org.careerroutes.model.SubjectCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phrase-to-rule table, walked both ways: each row's example makes the rule the row says,
 * using that row; each row's look-alike makes no rule at all (never a wrong one).
 */
class RequirementPhrasingsTest {

    /** "A relevant subject" for these examples: a job whose relevant subjects are sciences and engineering. */
    private static RequirementReader reader() {
        return new RequirementReader(Optional.of(SubjectCatalogue.RELEVANT_DEGREE));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleMakesItsRuleWithItsOwnRow() {
        return RequirementPhrasings.TABLE.stream().map(row -> DynamicTest.dynamicTest(
                row.part() + " " + row.name() + ": " + row.example(), () -> {
                    RequirementReader reader = reader();
                    RequirementReader.Result result = reader.read(row.example());
                    assertEquals(row.rule(), RequirementPhrasings.brief(result), () -> result.notChecked().orElse(""));
                    assertTrue(reader.used().contains(row), () -> "the example uses the row; used: "
                            + reader.used().stream().map(Phrasing::name).toList());
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachLookAlikeMakesNoRuleAndSaysWhy() {
        return RequirementPhrasings.TABLE.stream().map(row -> DynamicTest.dynamicTest(
                row.part() + " " + row.name() + ": " + row.lookAlike(), () -> {
                    RequirementReader.Result result = reader().read(row.lookAlike());
                    assertEquals("no rule", RequirementPhrasings.brief(result));
                    assertTrue(result.notChecked().isPresent());
                    assertFalse(result.notChecked().get().isBlank());
                }));
    }

    /** Lines read beyond a row each: the grade after the subjects, sentences, a count of "2 or fewer" with subjects. */
    @ParameterizedTest(name = "{0} \u2192 {1}")
    @CsvSource(delimiter = '|', value = {
        "You'll usually need GCSEs in English and maths at grades 9 to 4 (A* to C), or equivalent. | gcse 2 ≥4 [english-language, maths]",
        "five GCSEs including English and maths at grade 4 or above | no rule",
        "5 GCSEs in English and maths at grades 9 to 4 (A* to C) | no rule",
        "five GCSEs at grades 9 to 4 (A* to C) including maths at grade 5 or above | no rule",
        "You'll usually need 4 or 5 GCSEs at grades 9 to 4 (A* to C), including two sciences. Some employers will also ask "
                + "for A levels or a level 3 qualification in a science. | gcse 4 ≥4 [science×2]",
        "You'll usually need 4 or 5 GCSEs at grades 9 to 4 (A* to C) and college qualifications like A levels for a degree "
                + "apprenticeship. Each police force sets its own requirements, and some accept other qualifications or "
                + "experience. | no rule",
        "You'll usually need 5 GCSEs at grades 9 to 4 (A* to C). Relevant experience may be accepted instead. | no rule",
        "There are no set entry requirements. GCSE maths and English at grade 5 is preferred by some employers. | no rule",
        "You'll need 5 GCSEs at grades 9 to 4 (A* to C). You'll need a DBS check. | gcse 5 ≥4",
        "You'll need 5 GCSEs at grades 9 to 4 (A* to C). You'll also need 2 GCSEs at grade 5 or above. | no rule",
        "2 or fewer GCSEs, including English and maths, for a level 1 course | no rule",
        "2 or fewer GCSEs at grades 9 to 3 (A* to D) and an A level | a-level 1",
    })
    void linesReadBeyondARowEach(String line, String rules) {
        assertEquals(rules, RequirementPhrasings.brief(reader().read(line)));
    }

    @Test
    void aSentenceSetAsideIsSaidWithWhy() {
        RequirementReader.Result read = reader().read("You'll usually need 4 or 5 GCSEs at grades 9 to 4 (A* to C), "
                + "including two sciences. Some employers will also ask for A levels or a level 3 qualification in a science.");
        assertEquals(List.of("\u201cSome employers will also ask for A levels or a level 3 qualification in a science.\u201d: "
                + "it says what is preferred or may help, not what is needed; it asks for more only somewhere, so the usual "
                + "requirement is the rest"), read.setAside());
    }

    @Test
    void whatALineIsForIsTakenAsTheLineWritesIt() {
        assertEquals(Optional.of("for a level 2 course"), Purpose.LEVEL_2_COURSE.asWritten(
                "2 or more GCSEs at grades 9 to 3 (A* to D), or equivalent, for a level 2 course"));
        assertEquals(Optional.of("For A Degree"), Purpose.DEGREE.asWritten("2 to 3 A levels For A Degree"));
        assertEquals(Optional.of(Purpose.LEVEL_1_COURSE), RequirementReader.purposeAtEnd(
                "2 or fewer GCSEs at grades 9 to 3 (A* to D) for a level 1 course"));
        assertEquals(Optional.of(Purpose.POSTGRADUATE_COURSE), RequirementReader.purposeAtEnd(
                "a degree in a relevant subject for a postgraduate course"));
    }

    @Test
    void theTableHasAnExampleAndALookAlikeForEveryPartOfARequirement() {
        List<RequirementPhrasings.Part> missing = new ArrayList<>(List.of(RequirementPhrasings.Part.values()));
        RequirementPhrasings.TABLE.forEach(row -> missing.remove(row.part()));
        assertEquals(List.of(), missing);
    }
}
