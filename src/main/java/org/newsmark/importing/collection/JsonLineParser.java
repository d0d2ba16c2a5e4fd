package org.newsmark.importing.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharArrayReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.newsmark.importing.ImportSource;

/**
 * Reads one line of a JSON Lines file into a record, or says why it is none. Each line is decoded on
 * its own and strictly, so bad bytes spoil only their line.
 */
final class JsonLineParser {

    /** A line's record, or why it has none; both null for a blank line. */
    record Line(ObjectNode record, String problem) {
        static final Line BLANK = new Line(null, null);
    }

    private final Charset charset;
    private final CharsetDecoder decoder;
    private CharBuffer chars = CharBuffer.allocate(8 * 1024);

    JsonLineParser(Charset charset) {
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    Line parse(ByteLines lines) throws IOException {
        if (lines.tooLong()) {
            return new Line(null, "is " + lines.fullLength() / (1024 * 1024) + " MB; a record over "
                    + ImportSource.MAX_ARTICLE_BYTES / (1024 * 1024) + " MB is not imported");
        }
        if (isBlank(lines.bytes(), lines.length())) {
            return Line.BLANK;
        }
        ByteBuffer in = ByteBuffer.wrap(lines.bytes(), 0, lines.length());
        int needed = (int) Math.ceil(lines.length() * (double) decoder.maxCharsPerByte());
        if (chars.capacity() < needed) {
            chars = CharBuffer.allocate(Math.max(needed, chars.capacity() * 2));
        }
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(in, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return new Line(null, "is not valid " + charset.displayName() + " text (bad bytes at byte "
                    + (in.position() + 1) + " of the line); save the file as UTF-8 or name its encoding");
        }
        JsonNode node;
        try {
            node = JsonSetup.LINE.readTree(new CharArrayReader(chars.array(), 0, chars.position()));
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return new Line(null, "is not JSON: " + JsonProblems.describe(e) + (column > 0 ? " (column " + column + ")" : ""));
        }
        if (!node.isObject()) {
            return new Line(null, "is not a JSON object but " + Json.kind(node));
        }
        return new Line((ObjectNode) node, null);
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
