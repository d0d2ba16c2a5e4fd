package org.newsmark.importing.web;

import java.util.Map;

/**
 * The media types Newsmark reads from the web and the reader format for each. Anything else (PDF,
 * images, archives) is refused before its body is downloaded.
 */
final class PageFormats {

    /** What a request says Newsmark accepts; the last entry keeps servers from answering 406 for less. */
    static final String ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9, */*;q=0.1";

    private static final Map<String, String> FORMATS = Map.of(
            "text/html", "html",
            "application/xhtml+xml", "html",
            "text/plain", "text",
            "text/markdown", "text",
            "text/x-markdown", "text");

    private PageFormats() {
    }

    /**
     * Whether a page of this media type can be read. A page whose server names no type is fetched, and
     * its first bytes decide ({@link #formatOf}).
     */
    static boolean readable(String mediaType) {
        return mediaType == null || FORMATS.containsKey(mediaType);
    }

    /** The reader format for a fetched page: by its media type, or by its first bytes when it has none. */
    static String formatOf(FetchedPage page) {
        String format = page.mediaType() == null ? null : FORMATS.get(page.mediaType());
        if (format != null) {
            return format;
        }
        return looksLikeMarkup(page.body()) ? "html" : "text";
    }

    private static boolean looksLikeMarkup(byte[] body) {
        for (byte b : body) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }
}
