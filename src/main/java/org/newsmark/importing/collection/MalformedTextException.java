package org.newsmark.importing.collection;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;

/** Bytes that are not text in the file's encoding, with where they are, for the person to find them. */
final class MalformedTextException extends IOException {

    private final transient Charset charset;
    private final long byteNumber;
    private final long line;

    /**
     * @param byteNumber which byte of the file is bad, counting from 1
     */
    MalformedTextException(Charset charset, long byteNumber, long line) {
        super("not valid " + charset.displayName() + " at byte " + byteNumber);
        this.charset = charset;
        this.byteNumber = byteNumber;
        this.line = line;
    }

    long line() {
        return line;
    }

    /** "it is not valid UTF-8 text: bad bytes at line 12 (byte 3,456) …", naming a row when one is given. */
    String describe(String row) {
        return "it is not valid " + charset.displayName() + " text: bad bytes at line "
                + String.format(Locale.ROOT, "%,d", line) + (row == null ? "" : " (" + row + ")") + ", byte "
                + String.format(Locale.ROOT, "%,d", byteNumber) + "; save it as UTF-8 or name its encoding";
    }
}
