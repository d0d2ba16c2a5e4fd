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
    /** Decoded text not yet handed to the caller: a caller asking for one char at a time still gets
     *  both halves of a surrogate pair, which a decoder cannot write into a one-char buffer. */
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private final long firstByte;
    private long bytesRead;
    /** The line of the next char to be decoded. */
    private long line = 1;
    private boolean endOfInput;
    private boolean finished;
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
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            // The text before bad bytes is handed over first, so the caller is at the row the bad
            // bytes are in when it hears of them.
            if (pending != null) {
                throw pending;
            }
            if (finished) {
                return -1;
            }
            decodeMore();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && pending == null && !finished) {
                if (!endOfInput && bytes.remaining() < BUFFER_BYTES / 2) {
                    fill();
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    pending = new MalformedTextException(charset,
                            firstByte + bytesRead - bytes.limit() + bytes.position() + 1,
                            line + newlines(chars.array(), 0, chars.position()));
                } else if (result.isUnderflow() && endOfInput) {
                    decoder.flush(chars);
                    finished = true;
                } else if (result.isOverflow()) {
                    break;
                }
            }
        } finally {
            line += newlines(chars.array(), 0, chars.position());
            chars.flip();
        }
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
