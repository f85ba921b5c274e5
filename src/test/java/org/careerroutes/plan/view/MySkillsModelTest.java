package org.careerroutes.plan.view;

import javafx.beans.property.SimpleObjectProperty;
import org.careerroutes.plan.SkillRating;
import org.careerroutes.plan.SkillReflection;
import org.careerroutes.plan.StudentRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** My skills: a rating kept in the student's record under the skill's name, one line, the record's limit said. */
class MySkillsModelTest {

    private final SimpleObjectProperty<StudentRecord> record = new SimpleObjectProperty<>(StudentRecord.EMPTY);

    private MySkillsModel model(List<String> skills, boolean atKiosk) {
        return new MySkillsModel(skills, List.of("Maths", "Physics"), record,
                change -> record.set(change.apply(record.get())), atKiosk);
    }

    @Test
    void aRatingAndWhenIShowedItAreKeptInTheRecordAndSeenByAnotherJob() {
        MySkillsModel engineer = model(List.of("Problem solving", "Teamwork"), false);
        MySkillsModel nurse = model(List.of("teamwork", "Care"), false);
        engineer.rate("Teamwork", Optional.of(SkillRating.CONFIDENT));
        engineer.showedIt("Teamwork", "Captain of the\nnetball team");
        assertEquals(new SkillReflection(Optional.of(SkillRating.CONFIDENT), "Captain of the netball team"),
                record.get().skill("Teamwork").orElseThrow());
        assertEquals(Optional.of(SkillRating.CONFIDENT), nurse.skills().skills().get(0).rating(), "the same skill");
        assertEquals("So far: 1 of 2 confident.", nurse.summary());
        assertEquals("School subjects that help: Maths and Physics", engineer.subjectsPointer());
        engineer.rate("Teamwork", Optional.empty());
        engineer.showedIt("Teamwork", "");
        assertTrue(record.get().skills().isEmpty(), "nothing said is nothing kept");
    }

    @Test
    void aFullRecordKeepsNoMoreAndSaysSoAndAKioskOffersRatingsOnly() {
        StudentRecord full = StudentRecord.EMPTY;
        for (int i = 0; i < StudentRecord.MAX_SKILLS; i++) {
            full = full.withSkill("Skill " + i, SkillReflection.rated(SkillRating.NOT_YET));
        }
        record.set(full);
        MySkillsModel model = model(List.of("Skill 1", "Juggling"), true);
        model.rate("Juggling", Optional.of(SkillRating.CONFIDENT));
        assertTrue(model.problemProperty().get().contains("500 skills"), model.problemProperty().get());
        assertEquals(full, record.get());
        model.rate("Skill 1", Optional.of(SkillRating.CONFIDENT));
        assertEquals("", model.problemProperty().get(), "a skill kept already can change");
        assertFalse(model.offersShownWhen(), "ratings only at a kiosk");
    }
}
