package org.careerroutes.files;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One place words file problems: what Java says (often only a path) becomes what happened. */
class FileProblemTest {

    @Test
    void problemsReadingAreWorded() {
        assertEquals("cannot be read by this account (permission denied)",
                FileProblem.whyNotRead(new AccessDeniedException("/x/plan.careerplan")));
        assertEquals("is not there", FileProblem.whyNotRead(new NoSuchFileException("/x")));
        assertEquals("is a folder, not a file", FileProblem.whyNotRead(new FileProblem("is a folder, not a file")));
        assertEquals("cannot be read (Input/output error)",
                FileProblem.whyNotRead(new FileSystemException("/x", null, "Input/output error")));
    }

    @Test
    void problemsWritingAreWordedWithoutTheBarePath() {
        assertEquals("cannot be written by this account (permission denied)",
                FileProblem.whyNotWritten(new AccessDeniedException("/x/plans/a.careerplan123.new")));
        assertEquals("cannot be written (the disk is full)",
                FileProblem.whyNotWritten(new FileSystemException("/x", null, "No space left on device")));
        assertEquals("cannot be written (the disk is read-only)",
                FileProblem.whyNotWritten(new FileSystemException("/x", null, "Read-only file system")));
        assertEquals("cannot be written: /x is in the way (a file where a folder should be)",
                FileProblem.whyNotWritten(new FileAlreadyExistsException("/x")));
        assertEquals("cannot be written (IOException)", FileProblem.whyNotWritten(new IOException()));
        assertEquals("/x/a: why", FileProblem.describe(Path.of("/x/a"), "why"));
    }

    @Test
    void sizesAreGivenInWords() {
        assertEquals("48 KB", FileProblem.size(48 * 1024));
        assertEquals("3.2 MB", FileProblem.size((long) (3.2 * 1024 * 1024)));
        assertEquals("3.0 GB", FileProblem.size(3L << 30));
    }
}
