package org.careerroutes.importer;

import org.careerroutes.model.Block;
import org.careerroutes.model.BulletList;
import org.careerroutes.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The roles a career path names, as the route map's senior roles: each a role, nothing that is not one. */
class CareerRolesTest {

    private static List<String> roles(Block... blocks) {
        return CareerRoles.in(List.of(blocks));
    }

    @Test
    void theBuiltInProfilesSentenceGivesItsRoles() {
        assertEquals(List.of("Consultant", "Management", "Teaching", "Medical research"), roles(new Paragraph(
                "With experience and further training, you could become a consultant, specialising in particular clinical "
                        + "areas, or move into management, teaching, or medical research.")));
    }

    @Test
    void aRankBeforeOrSharesTheNounAfterIt() {
        assertEquals(List.of("Senior dental nurse", "Head dental nurse", "Practice manager", "Dental hygienist",
                "Dental therapist", "Orthodontic therapist"), roles(new Paragraph("With experience and further training, "
                + "you could take on extra duties like applying fluoride varnish, taking impressions or giving oral health "
                + "advice. You could become a senior or head dental nurse or a practice manager, or train as a dental "
                + "hygienist, dental therapist or orthodontic therapist.")));
    }

    @Test
    void areasAreTheirSubjectsAndWhatIsNotARoleIsLeftOut() {
        assertEquals(List.of("Head nurse", "Practice manager", "Anaesthesia", "Emergency and critical care",
                "Exotic animals", "Teaching"), roles(new Paragraph("With experience, you could become a head nurse or "
                + "practice manager. You could also specialise in an area like anaesthesia, emergency and critical care or "
                + "exotic animals, or move into teaching or work for a pet food or pharmaceutical company.")));
    }

    @Test
    void aListAfterItsLeadInIsOfRolesAndTheLastTwoOfAListAreTwo() {
        assertEquals(List.of("Matron", "Intensive care", "Theatre nursing"), roles(new Paragraph(
                "With experience, you could go on to become a matron."), new BulletList(Optional.of(
                "You could also specialise in an area like:"), List.of("intensive care", "theatre nursing"))));
        assertEquals(List.of("Crew manager", "Watch manager", "Station manager", "Area manager", "Chef de partie",
                "Sous chef", "Head chef"), roles(new Paragraph("With experience, you could become a crew manager, watch "
                + "manager, station manager and area manager."), new Paragraph("You could become a chef de partie, sous "
                + "chef and then head chef.")));
    }
}
