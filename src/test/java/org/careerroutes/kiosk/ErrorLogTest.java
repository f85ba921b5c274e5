package org.careerroutes.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorLogTest {

    @TempDir
    Path dir;

    private ErrorLog log() {
        return new ErrorLog(dir.resolve("logs"), Clock.fixed(Instant.parse("2026-11-24T10:15:30.25Z"), ZoneOffset.UTC));
    }

    @Test
    void anEntryHasTheTimeTypesAndStackButNoMessages() throws IOException {
        IllegalStateException error = new IllegalStateException("visitor typed Jane Smith 07700 900123",
                new NumberFormatException("For input string: \"Jane\""));

        log().record(error);

        String text = Files.readString(dir.resolve("logs").resolve(ErrorLog.FILE_NAME));
        assertTrue(text.startsWith("2026-11-24T10:15:30Z java.lang.IllegalStateException"), text);
        assertTrue(text.contains("Caused by: java.lang.NumberFormatException"), text);
        assertTrue(text.contains("\tat org.careerroutes.kiosk.ErrorLogTest."), text);
        assertFalse(text.contains("Jane"), text);
        assertFalse(text.contains("07700"), text);
    }

    @Test
    void entriesAreAppendedAndAFullFileIsSetAside() throws IOException {
        ErrorLog log = log();
        log.record(new RuntimeException());
        log.record(new IllegalArgumentException());
        String text = Files.readString(log.file());
        assertTrue(text.contains("java.lang.RuntimeException") && text.contains("java.lang.IllegalArgumentException"));

        Files.writeString(log.file(), "x".repeat((int) ErrorLog.MAX_BYTES + 1));
        log.record(new UnsupportedOperationException());
        assertTrue(Files.readString(log.file()).contains("UnsupportedOperationException"));
        assertTrue(Files.size(log.file()) < 10_000);
        assertTrue(Files.exists(dir.resolve("logs").resolve(ErrorLog.OLD_FILE_NAME)));
    }

    @Test
    void aCauseThatLoopsIsWrittenOnce() throws IOException {
        RuntimeException a = new RuntimeException();
        IllegalStateException b = new IllegalStateException(a);
        a.initCause(b);
        log().record(b);
        assertTrue(Files.readString(log().file()).split("Caused by:").length == 2);
    }
}
