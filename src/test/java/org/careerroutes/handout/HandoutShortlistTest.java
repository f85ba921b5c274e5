package org.careerroutes.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careerroutes.eligibility.Qualifications;
import org.careerroutes.eligibility.StudentQualification;
import org.careerroutes.jobs.JobPack;
import org.careerroutes.jobs.ShortlistedJob;
import org.careerroutes.jobs.TestPack;
import org.careerroutes.model.Profile;
import org.careerroutes.plan.MyPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handout lists the student's shortlist: each job with its ways in and verdicts, and keeps to its pages. */
class HandoutShortlistTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static String text(Handout handout) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutPdf.bytes(handout))) {
            return new PDFTextStripper().getText(pdf).replace("\r", "");
        }
    }

    private static int pages(Handout handout) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutPdf.bytes(handout))) {
            return pdf.getNumberOfPages();
        }
    }

    @Test
    void eachShortlistedJobIsListedWithItsWaysInAndTheStudentsVerdicts() throws IOException {
        JobPack pack = JobPack.of(TestPack.profiles());
        List<StudentQualification> mine = Qualifications.parse("gcse Maths 3; gcse English language 3");
        Profile nurse = pack.held("nurse").orElseThrow();
        List<ShortlistedJob> shortlist = List.of(ShortlistedJob.of("care-worker", "Care worker", pack, mine),
                ShortlistedJob.of("gone", "A job no longer here", pack, mine));
        Handout handout = Handout.of(nurse, MyPlan.empty("nurse").withQualifications(mine), DAY).withShortlist(shortlist);
        String text = text(handout);
        assertTrue(text.contains("My shortlist"), text);
        assertTrue(text.contains("\u2605 Care worker"), text);
        assertTrue(text.contains("Ways in: College, Apprenticeship, Starting in a junior job, Volunteering, Applying directly"), text);
        assertTrue(text.contains("\u2713 College: you meet the usual entry requirements for a level 2 course"), text);
        assertTrue(text.contains("\u2713 Apprenticeship: you meet the usual entry requirements for an intermediate apprenticeship"),
                text);
        assertTrue(text.contains("Not checked by Career Routes: Starting in a junior job, Volunteering, Applying directly"), text);
        assertTrue(text.contains("\u2605 A job no longer here"), text);
        assertTrue(text.contains("Not among the jobs on offer here now"), text);
        assertFalse(text.contains("Also on my shortlist"), "two jobs: both in full");
    }

    @Test
    void aLongShortlistKeepsTheHandoutToItsPagesAndSaysHow() throws IOException {
        JobPack pack = JobPack.of(TestPack.profiles());
        List<StudentQualification> mine = Qualifications.parse("gcse Maths 5; gcse English language 5; gcse Biology 5");
        List<ShortlistedJob> every = new ArrayList<>();
        for (var job : pack.index().jobs()) {
            every.add(ShortlistedJob.of(job.id(), job.title(), pack, mine));
        }
        for (int i = 0; i < 200; i++) {
            every.add(ShortlistedJob.of("gone-" + i, "A job gone from the folder " + i, pack, mine));
        }
        Profile nurse = pack.held("nurse").orElseThrow();
        Handout handout = Handout.of(nurse, MyPlan.empty("nurse").withQualifications(mine), DAY).withShortlist(every);
        String text = text(handout);
        assertEquals(HandoutPdf.SHORTLIST_IN_FULL, text.split("Ways in: ", -1).length - 1, "six in full");
        assertTrue(text.contains("Also on my shortlist: Civil engineer; Data analyst;"), text);
        assertTrue(text.contains("; and " + (every.size() - HandoutPdf.SHORTLIST_IN_FULL - HandoutPdf.SHORTLIST_BY_TITLE)
                + " more."), text);
        assertTrue(text.replace("\n", " ").contains("So that the handout keeps to its pages, the first 6 jobs are listed "
                + "with their ways in and verdicts, and 30 more by name. My plan in Career Routes lists them all."), text);
        assertTrue(pages(handout) <= HandoutPdf.MAX_PAGES, pages(handout) + " pages");
    }
}
