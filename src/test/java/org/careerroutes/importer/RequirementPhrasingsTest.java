package org.careerroutes.importer;

import org.careerroutes.importer.RequirementPhrasings.Phrasing;
import org.careerroutes.model.SubjectCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
                    assertEquals(row.rule(), RequirementPhrasings.brief(result.rules()),
                            () -> result.notChecked().orElse(""));
                    assertTrue(reader.used().contains(row), () -> "the example uses the row; used: "
                            + reader.used().stream().map(Phrasing::name).toList());
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachLookAlikeMakesNoRuleAndSaysWhy() {
        return RequirementPhrasings.TABLE.stream().map(row -> DynamicTest.dynamicTest(
                row.part() + " " + row.name() + ": " + row.lookAlike(), () -> {
                    RequirementReader.Result result = reader().read(row.lookAlike());
                    assertEquals("no rule", RequirementPhrasings.brief(result.rules()));
                    assertTrue(result.notChecked().isPresent());
                    assertFalse(result.notChecked().get().isBlank());
                }));
    }

    @Test
    void theTableHasAnExampleAndALookAlikeForEveryPartOfARequirement() {
        List<RequirementPhrasings.Part> missing = new ArrayList<>(List.of(RequirementPhrasings.Part.values()));
        RequirementPhrasings.TABLE.forEach(row -> missing.remove(row.part()));
        assertEquals(List.of(), missing);
    }
}
