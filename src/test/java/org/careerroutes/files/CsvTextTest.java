package org.careerroutes.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one way the app writes CSV: quoted only where it must be, formulas made inert, a byte-order mark, CRLF. */
class CsvTextTest {

    @Test
    void fieldsAreQuotedWhereTheyMustBe() {
        assertEquals("plain", CsvText.field("plain"));
        assertEquals("\"a, b\"", CsvText.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvText.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvText.field("two\nlines"));
        assertEquals("\"a\rb\"", CsvText.field("a\rb"));
        assertEquals("", CsvText.field(""));
    }

    @Test
    void aFieldThatStartsLikeAFormulaIsWrittenAfterAnApostrophe() {
        assertEquals("'=1+1", CsvText.field("=1+1"));
        assertEquals("'+44", CsvText.field("+44"));
        assertEquals("'-5", CsvText.field("-5"));
        assertEquals("'@x", CsvText.field("@x"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", CsvText.field("=HYPERLINK(\"x\",\"y\")"));
        assertEquals("'\t=1", CsvText.field("\t=1"));
        assertEquals("a=1", CsvText.field("a=1"), "only at the start");
        assertEquals(" =1", CsvText.field(" =1"), "a spreadsheet reads a space first as text");
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkAndCrlfLines() {
        byte[] bytes = new CsvText().row("Month", "Kind").row("2026-03", "Caf\u00e9 \uD83D\uDE00").bytes();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        assertEquals("\uFEFFMonth,Kind\r\n2026-03,Caf\u00e9 \uD83D\uDE00\r\n", new String(bytes, StandardCharsets.UTF_8));
    }
}
