package org.careerroutes.eligibility;

import org.careerroutes.content.ProfileLoader;
import org.careerroutes.model.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Degree titles as UK universities write them, each entered as a graduate would (with a 2:1) and
 * read on the cards: the name the list shows, whether the private sector's "degree in a relevant
 * subject" and the STP's "first or 2:1 in a relevant subject" are met, and for a degree whose
 * second subject alone is relevant, the words that say so.
 *
 * <p>A row: the title | the name shown | relevant: yes, no, or second (only the "with" subject is).
 */
class DegreeTitlesTest {

    private static final String TITLES = """
            # Subjects the profile names, written as graduates' certificates write them
            Electronic and Electrical Engineering | Electrical or electronic engineering | yes
            Biomedical Sciences | Biomedical science | yes
            Physics with Medical Physics | Physics with medical physics | yes
            Mathematics and Physics | Maths and physics | yes
            Mechanical Engineering with a Year in Industry | Mechanical engineering | yes
            Mechanical engineering (accredited) | Mechanical engineering | yes
            # The award and (Hons) in any place
            BEng (Hons) Electronic and Electrical Engineering | Electrical or electronic engineering | yes
            BSc (Hons) Biomedical Science | Biomedical science | yes
            Biomedical Science BSc (Hons) | Biomedical science | yes
            BSc Hons Physics | Physics | yes
            Physics BSc | Physics | yes
            Physics (Hons) | Physics | yes
            MEng Mechanical Engineering | Mechanical engineering | yes
            Mechanical Engineering MEng (Hons) | Mechanical engineering | yes
            MSci Physics | Physics | yes
            Bachelor of Engineering in Electronic Engineering | Electrical or electronic engineering | yes
            BSc Physics with Honours | Physics | yes
            # Singular and plural, either word order, a slash
            Biomedical Sciences with Foundation Year | Biomedical science | yes
            Applied Mathematics | Applied maths | yes
            Applied Maths | Applied maths | yes
            Electrical and Electronic Engineering | Electrical or electronic engineering | yes
            BEng Electrical/Electronic Engineering | Electrical or electronic engineering | yes
            Physics, Applied | Applied physics | yes
            # "with" and brackets that do not change the subject
            Electrical Engineering with a Year Abroad | Electrical or electronic engineering | yes
            General Engineering with Industrial Placement | Engineering | yes
            Mechanical Engineering (with Year in Industry) | Mechanical engineering | yes
            MPhys Physics with Astrophysics | Physics | yes
            BSc Applied Mathematics with Foundation Year | Applied maths | yes
            Clinical Engineering (Healthcare Science) | Clinical engineering | yes
            Healthcare Science (Clinical Engineering) | Clinical engineering | yes
            Medical Engineering | Biomedical engineering | yes
            Biomedical Engineering | Biomedical engineering | yes
            # Joint honours: relevant when a main subject is
            Physics and Mathematics | Physics and maths | yes
            Chemistry and Physics | Chemistry and physics | yes
            Physics and Astronomy | Physics and astronomy | yes
            Mechanical and Electrical Engineering | Mechanical engineering and electrical or electronic engineering | yes
            # Joint honours, "X with Y": only the second subject relevant, and said so
            History with Physics | History with physics | second
            Computer Science with Physics | Computer science with physics | second
            Biology with Medical Physics | Biology with medical physics | second
            # Not relevant: not on our list, hedged
            History | History | no
            BA (Hons) History | History | no
            BSc (Hons) Sport Science | Sport Science | no
            BA Underwater Archaeology (Maritime) | Underwater Archaeology, Maritime | no
            Mathematics | Maths | no
            Mathematics with Economics | Maths | no
            Computer Science | Computer science | no
            Chemistry | Chemistry | no
            Healthcare Science | Healthcare science | no
            Sport Science | Sport Science | no
            English Literature and History | English Literature and History | no
            """;

    private static Profile profile;

    @BeforeAll
    static void load() {
        profile = ProfileLoader.loadBuiltIn().profile().orElseThrow();
    }

    record Title(String typed, String shown, String relevant) {
        @Override
        public String toString() {
            return typed + " -> " + shown + " (" + relevant + ")";
        }
    }

    static Stream<Title> titles() {
        return TITLES.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> {
            String[] cells = line.split("\\|");
            return new Title(cells[0].strip(), cells[1].strip(), cells[2].strip());
        });
    }

    private static final String SCHOOL = "gcse maths 5; gcse english language 5; gcse biology 4; gcse chemistry 4; "
            + "gcse physics 4; alevel maths B; alevel physics C";

    private static RouteVerdict verdict(String route, List<StudentQualification> mine) {
        return EligibilityChecker.checkAll(profile, mine).stream().filter(v -> v.route().id().equals(route))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void aDegreeTitleIsReadAsUniversitiesWriteIt(Title title) {
        QualificationEntry.Result result = QualificationEntry.of(QualificationType.DEGREE, title.typed(), "2:1", false);
        StudentQualification degree = assertInstanceOf(QualificationEntry.Accepted.class, result).qualification();
        assertEquals("Degree in " + title.shown() + ", a 2:1", degree.describe());

        List<StudentQualification> mine = new java.util.ArrayList<>(Qualifications.parse(SCHOOL));
        mine.add(degree);
        RouteVerdict privateSector = verdict("private-sector", mine);
        RouteVerdict university = verdict("university", mine);
        switch (title.relevant()) {
            case "yes" -> {
                assertEquals(Outcome.MEETS, privateSector.outcome(), privateSector::summary);
                assertEquals("You meet the usual entry requirements to apply for the NHS Scientist Training Programme (STP)",
                        university.summary());
            }
            case "no" -> {
                assertEquals(Outcome.NOT_YET, privateSector.outcome(), privateSector::summary);
                assertTrue(privateSector.summary().contains("is not on our list of these subjects; universities and "
                        + "employers decide what is relevant"), privateSector::summary);
                assertEquals(Outcome.NOT_YET, university.outcome(), university::summary);
            }
            case "second" -> {
                String main = title.shown().substring(0, title.shown().indexOf(" with ")).toLowerCase(java.util.Locale.UK);
                String second = title.shown().substring(title.shown().indexOf(" with ") + 6);
                assertEquals(Outcome.NOT_YET, privateSector.outcome(), privateSector::summary);
                assertTrue(privateSector.summary().contains("its main subject, " + main + ", is not on our list of these "
                        + "subjects, though " + second + ", its second subject, is; universities and employers decide "
                        + "what is relevant"), privateSector::summary);
                assertEquals(Outcome.NOT_YET, university.outcome(), university::summary);
            }
            default -> throw new IllegalArgumentException(title.relevant());
        }
    }

    @Test
    void theTableHasAtLeastFortyTitlesOfEachSort() {
        List<Title> all = titles().toList();
        assertTrue(all.size() >= 40, "titles: " + all.size());
        for (String sort : List.of("yes", "no", "second")) {
            assertTrue(all.stream().anyMatch(t -> t.relevant().equals(sort)), sort);
        }
        assertTrue(all.stream().filter(t -> t.relevant().equals("yes")).anyMatch(t -> t.shown().contains(" and ")),
                "joint honours among the relevant");
    }

    @Test
    void theFormSaysHowATitleWithTwoSubjectsWasRead() {
        assertEquals(List.of("Read as joint honours in maths and physics: both count as main subjects."),
                note("BSc (Hons) Mathematics and Physics"));
        assertEquals(List.of("Read as joint honours in physics and astronomy: we know physics, not astronomy."),
                note("Physics and Astronomy"));
        assertEquals(List.of("Read as physics, with medical physics as a second subject."), note("Physics with Medical Physics"));
        assertEquals(List.of("We don't know its main subject, history, so it counts only as a degree; its second "
                + "subject, physics, is one we know, but the main subject is the one that counts."), note("History with Physics"));
        assertEquals(List.of(), note("Mechanical Engineering with a Year in Industry"), "nothing to say: one subject");
    }

    private static List<String> note(String title) {
        QualificationEntry.Result result = QualificationEntry.of(QualificationType.DEGREE, title, "2:1", false);
        return assertInstanceOf(QualificationEntry.Accepted.class, result).note().stream().toList();
    }
}
