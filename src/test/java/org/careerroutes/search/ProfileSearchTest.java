package org.careerroutes.search;

import org.careerroutes.content.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileSearchTest {

    private final ProfileSearch search = new ProfileSearch(ProfileLoader.loadBuiltIn().profile().orElseThrow());

    @Test
    void findsADutyIgnoringCase() {
        List<ProfileSearch.Hit> hits = search.find("KEYHOLE");
        assertEquals(1, hits.size());
        assertEquals("duties", hits.get(0).entry().topic());
        assertTrue(hits.get(0).snippet(20).contains("keyhole surgery"));
    }

    @Test
    void everyWordMustAppear() {
        assertTrue(search.find("artificial limbs").size() >= 1);
        assertEquals(List.of(), search.find("artificial submarine"));
    }

    @Test
    void findsRouteTextFactsAndMapSteps() {
        List<ProfileSearch.Hit> hits = search.find("HCPC");
        assertTrue(hits.stream().anyMatch(h -> h.entry().mapStep().filter("hcpc"::equals).isPresent()), "the map step");
        assertTrue(hits.stream().anyMatch(h -> h.entry().topic().equals("registration")), "the registration fact");
        assertTrue(search.find("band 6").stream().anyMatch(h -> h.entry().topic().equals("university")), "a fact on a route");
        assertTrue(search.find("Financial planning").stream().anyMatch(h -> h.entry().topic().equals("skills")));
    }

    @Test
    void aFactShownInSeveralPlacesIsFoundInEachAndOnAMapStepLeadsToTheStep() {
        List<ProfileSearch.Hit> hits = search.find("Higher Specialist Scientist Training");
        assertTrue(hits.stream().anyMatch(h -> h.entry().topic().equals("careerPath")), "on the Career path tab");
        assertTrue(hits.stream().anyMatch(h -> h.entry().mapStep().filter("consultant"::equals).isPresent()),
                "and in the consultant step's details");
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertEquals(List.of(), search.find("   "));
    }

    @Test
    void snippetsShowWholeWordsAroundTheMatch() {
        ProfileSearch.Hit hit = search.find("wheelchairs").get(0);
        String snippet = hit.snippet(10);
        assertTrue(snippet.startsWith("\u2026") && snippet.endsWith("\u2026"), snippet);
        assertTrue(snippet.contains("wheelchairs"), snippet);
    }
}
