package org.newsmark.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.util.Optional;

/**
 * Turns a file's bytes into text, refusing what is not text rather than importing garbage: empty
 * files, binary files, and bytes that are not valid in the expected encoding. A byte-order mark
 * decides the encoding when present and is not part of the text.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * @param encoding the encoding to assume without a byte-order mark
     */
    public static String decode(byte[] bytes, Charset encoding) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("the file is empty");
        }
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        if (mark.isEmpty() && containsNul(bytes)) {
            throw new ImportException("it is a binary file, not text");
        }
        Charset charset = mark.map(ByteOrderMark::charset).orElse(encoding);
        int offset = mark.map(ByteOrderMark::length).orElse(0);
        String text = strictDecode(bytes, offset, charset);
        if (looksBinary(text)) {
            throw new ImportException("it is a binary file, not text");
        }
        return text;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) throws ImportException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer decoded = decoder.decode(input);
            return decoded.toString();
        } catch (MalformedInputException e) {
            throw new ImportException("it is not valid " + charset.displayName() + " text (bad bytes at byte "
                    + input.position() + "); save it as UTF-8 or name its encoding", e);
        } catch (CharacterCodingException e) {
            throw new ImportException("it is not valid " + charset.displayName() + " text; save it as UTF-8 or name its encoding", e);
        }
    }

    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean containsNul(byte[] bytes) {
        int limit = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Text has few control characters besides tab, line feed, carriage return and form feed. */
    public static boolean looksBinary(String text) {
        int limit = Math.min(text.length(), 64 * 1024);
        int controls = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                controls++;
            }
        }
        return controls > Math.max(2, limit / 100);
    }
}
