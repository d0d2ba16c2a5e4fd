package org.newsmark.importing.collection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import org.newsmark.importing.ByteOrderMark;
import java.nio.charset.StandardCharsets;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;

/**
 * The first bytes of a collection file, looked at before reading it: an empty or binary file is refused
 * before anything is handed over, and a byte-order mark decides the encoding (else the one the person
 * chose) and is not part of the text.
 */
final class FileStart {

    static final int PROBE_BYTES = 64 * 1024;

    private final Charset charset;
    private final int markLength;
    private final byte[] head;

    private FileStart(Charset charset, int markLength, byte[] head) {
        this.charset = charset;
        this.markLength = markLength;
        this.head = head;
    }

    static FileStart check(ImportSource source) throws ImportException, IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(PROBE_BYTES);
        }
        if (head.length == 0) {
            throw new ImportException("the file is empty");
        }
        Optional<ByteOrderMark> mark = ByteOrderMark.of(head);
        if (mark.isEmpty() && looksBinary(head)) {
            throw new ImportException("it is a binary file, not text");
        }
        Charset charset = mark.map(ByteOrderMark::charset).orElse(source.encoding());
        int markLength = mark.map(ByteOrderMark::length).orElse(0);
        if (head.length < PROBE_BYTES && isBlank(head, markLength)) {
            throw new ImportException("the file is empty (it holds only blank space)");
        }
        return new FileStart(charset, markLength, head);
    }

    /** The content after the byte-order mark. */
    InputStream open(ImportSource source) throws IOException {
        InputStream in = source.open();
        in.skipNBytes(markLength);
        return in;
    }

    Charset charset() {
        return charset;
    }

    int markLength() {
        return markLength;
    }

    /** Up to the first 64 KB, byte-order mark included. */
    byte[] head() {
        return head;
    }

    boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)
                || charset.equals(StandardCharsets.UTF_16);
    }


    /** Text has no NUL bytes and few control characters besides tab, line feed, carriage return and form feed. */
    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        return controls > Math.max(2, head.length / 100);
    }

    private static boolean isBlank(byte[] head, int from) {
        for (int i = from; i < head.length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0) {
                return false;
            }
        }
        return true;
    }
}
