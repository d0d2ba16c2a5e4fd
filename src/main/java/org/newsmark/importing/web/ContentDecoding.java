package org.newsmark.importing.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.newsmark.importing.ImportException;

/**
 * Unpacks a body sent with a Content-Encoding. Requests ask for gzip and deflate (a news page shrinks to
 * a fifth), and the HTTP client leaves unpacking to its caller. The size limit holds for the unpacked
 * bytes too, so a small archive that unpacks to gigabytes is stopped at the limit.
 */
final class ContentDecoding {

    /** The Accept-Encoding every request sends. */
    static final String ACCEPTED = "gzip, deflate";

    private ContentDecoding() {
    }

    /** Why a body with this Content-Encoding cannot be unpacked, or null when it can. */
    static String refusal(String contentEncoding) {
        String encoding = normalised(contentEncoding);
        boolean known = encoding.isEmpty() || encoding.equals("identity") || encoding.equals("gzip")
                || encoding.equals("x-gzip") || encoding.equals("deflate");
        return known ? null : "the server sent the page packed with " + encoding + ", which Newsmark cannot unpack";
    }

    static byte[] unpack(String contentEncoding, byte[] body, long maxBytes) throws ImportException {
        String refusal = refusal(contentEncoding);
        if (refusal != null) {
            throw new ImportException(refusal);
        }
        String encoding = normalised(contentEncoding);
        if (encoding.isEmpty() || encoding.equals("identity") || body.length == 0) {
            return body;
        }
        try {
            if (encoding.equals("deflate")) {
                // HTTP's deflate is zlib-wrapped, but some servers send raw deflate data: the header tells.
                Inflater inflater = new Inflater(!hasZlibHeader(body));
                try {
                    return readAtMost(new InflaterInputStream(new ByteArrayInputStream(body), inflater), maxBytes);
                } finally {
                    inflater.end();
                }
            }
            return readAtMost(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
        } catch (IOException e) {
            throw new ImportException("the server sent the page packed with " + encoding + ", but damaged", e);
        }
    }

    private static byte[] readAtMost(InputStream unpacking, long maxBytes) throws IOException, ImportException {
        try (InputStream in = unpacking) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new ImportException(PageSize.largerThan(maxBytes));
            }
            return bytes;
        }
    }

    private static boolean hasZlibHeader(byte[] body) {
        return body.length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) << 8 | (body[1] & 0xFF)) % 31 == 0;
    }

    private static String normalised(String contentEncoding) {
        return contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    }
}
