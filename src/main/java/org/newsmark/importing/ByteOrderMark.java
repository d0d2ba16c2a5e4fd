package org.newsmark.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A byte-order mark at the start of a file: the encoding it names, and how many bytes to skip.
 *
 * @param charset the encoding the mark names
 * @param length  the mark's length in bytes
 */
public record ByteOrderMark(Charset charset, int length) {

    /** The mark {@code bytes} start with, if any: UTF-8, UTF-16 little- or big-endian. */
    public static Optional<ByteOrderMark> of(byte[] bytes) {
        if (TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (TextDecoder.startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        if (TextDecoder.startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }
}
