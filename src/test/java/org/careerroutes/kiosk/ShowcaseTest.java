package org.careerroutes.kiosk;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShowcaseTest {

    @Test
    void aDutyARouteAndASeniorRoleInTurnInTheProfilesOwnWords() {
        Profile profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
        List<Showcase.Card> cards = Showcase.of(profile);

        assertEquals(new Showcase.Card("What you'll do", profile.duties().items().get(0), Optional.empty()), cards.get(0));
        assertEquals(new Showcase.Card("A way in", "University",
                Optional.of("You can do a degree to start training as a clinical engineer.")), cards.get(1));
        assertEquals(new Showcase.Card("Where it can lead", "Consultant in a clinical specialism", Optional.empty()), cards.get(2));
        assertEquals("What you'll do", cards.get(3).label());
        assertEquals(new Showcase.Card("A way in", "Apprenticeship",
                Optional.of("You could get into this job through a healthcare science practitioner degree apprenticeship.")), cards.get(4));
        assertEquals(7 + 4 + 4, cards.size(), "every duty, route and senior role, once");
        assertEquals(List.of("What you'll do", "What you'll do", "What you'll do"),
                cards.subList(cards.size() - 3, cards.size()).stream().map(Showcase.Card::label).toList());
    }

    @Test
    void theFirstSentenceOfAText() {
        assertEquals("One.", Showcase.sentence("One. Two."));
        assertEquals("No full stop", Showcase.sentence("No full stop"));
        assertEquals("e.g.hello", Showcase.sentence("e.g.hello"));
    }
}
