package org.careerroutes.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bytes that are not UTF-8 are reported at the first bad byte, not at the start of the file. */
class Utf8TextTest {

    private static byte[] bytes(String utf8Before, int badByte, String utf8After) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8Before.getBytes(StandardCharsets.UTF_8));
        out.write(badByte);
        out.writeBytes(utf8After.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aLatin1LetterIsReportedAtItsLineAndColumn(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\n  \"title\": \"caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1));

        LoadResult result = ProfileLoader.loadFile(file);

        assertEquals(1, result.problems().size());
        assertEquals(file + ":2:16: the byte 0xE9 here is not UTF-8 text; save the file as UTF-8",
                result.problems().get(0).format());
    }

    @Test
    void theColumnCountsCharactersNotBytesOrUtf16Units() {
        Utf8Text.NotUtf8 e = assertThrows(Utf8Text.NotUtf8.class,
                () -> Utf8Text.decode(bytes("{\"a\": \"\u00e9\uD83D\uDE00 ", 0x92, "\"}")));
        assertEquals(1, e.line);
        assertEquals(11, e.column, "ten characters before the bad byte, the emoji counted as one");
    }

    @Test
    void aByteOrderMarkIsNotCountedAsAColumn() {
        byte[] withMark = bytes("\uFEFF{\"a\": ", 0xFF, "}");
        Utf8Text.NotUtf8 e = assertThrows(Utf8Text.NotUtf8.class, () -> Utf8Text.decode(withMark));
        assertEquals(1, e.line);
        assertEquals(7, e.column);
    }

    @Test
    void aCharacterCutShortAtTheEndIsReportedWhereItStarts() {
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] cut = bytes("{}\n\n", euro[0] & 0xFF, "");
        Utf8Text.NotUtf8 e = assertThrows(Utf8Text.NotUtf8.class, () -> Utf8Text.decode(cut));
        assertEquals(3, e.line);
        assertEquals(1, e.column);
        assertEquals("the byte 0xE2 here is not UTF-8 text; save the file as UTF-8", e.getMessage());
    }

    @Test
    void validTextIsDecodedWithoutItsByteOrderMark() throws Utf8Text.NotUtf8 {
        assertEquals("{\"a\": \"\u00e9\uD83D\uDE00\"}",
                Utf8Text.decode("\uFEFF{\"a\": \"\u00e9\uD83D\uDE00\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", Utf8Text.decode(new byte[0]));
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws Utf8Text.NotUtf8 {
        assertEquals("{\"a\": \"\uFFFD\"}", Utf8Text.decode("{\"a\": \"\uFFFD\"}".getBytes(StandardCharsets.UTF_8)));
        Utf8Text.NotUtf8 e = assertThrows(Utf8Text.NotUtf8.class, () -> Utf8Text.decode(bytes("\uFFFD\n", 0xC0, "")));
        assertEquals(2, e.line);
        assertEquals(1, e.column);
    }
}
