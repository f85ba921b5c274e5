package org.careerroutes.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a content file's bytes as UTF-8. Anything else is refused rather than shown with
 * replacement characters, and the refusal says where the first bad byte is, because a single
 * character saved in another encoding (often an accented letter or a curly quote) is the usual
 * cause.
 */
final class Utf8Text {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The bytes are not UTF-8: the first bad byte, and its line and column as an editor shows them. */
    static final class NotUtf8 extends Exception {
        final int line;
        final int column;

        NotUtf8(int line, int column, int badByte) {
            super("the byte 0x" + String.format(Locale.ROOT, "%02X", badByte)
                    + " here is not UTF-8 text; save the file as UTF-8");
            this.line = line;
            this.column = column;
        }
    }

    private Utf8Text() {
    }

    /** The text, without the byte-order mark some Windows editors write. */
    static String decode(byte[] bytes) throws NotUtf8 {
        int start = startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
        // The JDK's own decoding is several times faster than a decoder's, but puts U+FFFD in
        // place of what is not UTF-8; only then is the text decoded again to find where.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : decodeStrictly(bytes, start);
    }

    /** The text, or where the first byte that is not UTF-8 is. */
    private static String decodeStrictly(byte[] bytes, int start) throws NotUtf8 {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never gives more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(out.flip(), bytes[in.position()] & 0xFF);
        }
        if (!result.isUnderflow()) {
            throw new IllegalStateException("UTF-8 decoding stopped early: " + result);
        }
        return out.flip().toString();
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= BYTE_ORDER_MARK.length && bytes[0] == BYTE_ORDER_MARK[0]
                && bytes[1] == BYTE_ORDER_MARK[1] && bytes[2] == BYTE_ORDER_MARK[2];
    }

    /** Where the bad byte is, counted in the text decoded before it. */
    private static NotUtf8 notUtf8(CharSequence before, int badByte) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Character.codePointCount(before, lineStart, before.length()) + 1;
        return new NotUtf8(line, column, badByte);
    }
}
