package org.newsmark.importing.collection;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a stream as it is read, refusing bytes that are not valid in its encoding instead of
 * replacing them (which would import garbage silently). Unlike {@link java.io.InputStreamReader} it
 * knows exactly where the bad bytes are: the byte offset in the file and the line.
 */
final class StrictTextReader extends Reader {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private final long firstByte;
    private long bytesRead;
    private long line = 1;
    private boolean endOfInput;
    private boolean flushed;
    private MalformedTextException pending;

    /**
     * @param firstByte the offset in the file of the stream's first byte (the length of a skipped
     *                  byte-order mark), so reported offsets are the file's
     */
    StrictTextReader(InputStream in, Charset charset, long firstByte) {
        this.in = in;
        this.charset = charset;
        this.firstByte = firstByte;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (!endOfInput && bytes.remaining() < BUFFER_BYTES / 2) {
                fill();
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                // The text before the bad bytes is handed over first, so the reader's caller is at the
                // row the bad bytes are in when it hears of them.
                pending = new MalformedTextException(charset, firstByte + bytesRead - bytes.limit() + bytes.position() + 1,
                        line + newlines(target, offset, out.position()));
                if (out.position() == offset) {
                    throw pending;
                }
                break;
            }
            if (result.isUnderflow() && endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                if (out.position() == offset) {
                    return -1;
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
        }
        line += newlines(target, offset, out.position());
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
            bytesRead += read;
        }
        bytes.flip();
    }

    private static int newlines(char[] chars, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
