package org.newsmark.importing.collection;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, one at a time, so each line of a JSON Lines file can be decoded on
 * its own and one bad line does not end the file. A line longer than the limit is not kept: its
 * bytes are counted and dropped, so a huge line never fills memory.
 */
final class ByteLines implements Closeable {

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private long fullLength;
    private long number;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        fullLength = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (endOfInput || !fill()) {
                    if (any) {
                        number++;
                    }
                    trimReturn();
                    return any;
                }
            }
            any = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            keep(position, end - position);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                number++;
                trimReturn();
                return true;
            }
        }
    }

    /** The line's number, counting from 1. */
    long number() {
        return number;
    }

    /** Whether the line was longer than the limit, and so is not kept. */
    boolean tooLong() {
        return fullLength > maxLineBytes;
    }

    /** The line's length in bytes, kept or not. */
    long fullLength() {
        return fullLength;
    }

    /** The line's bytes, without its line break; valid until {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        endOfInput = read < 0;
        return read > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void keep(int from, int count) {
        fullLength += count;
        if (fullLength > maxLineBytes) {
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    private void trimReturn() {
        if (!tooLong() && length > 0 && line[length - 1] == '\r') {
            length--;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
