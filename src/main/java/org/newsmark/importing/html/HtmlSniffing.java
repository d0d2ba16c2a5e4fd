package org.newsmark.importing.html;

import org.newsmark.importing.TextDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Tells from a file's first bytes or its text what kind of file it is: a web page, a known binary
 * format saved under a web page's name, or a page whose saving was cut off.
 */
final class HtmlSniffing {

    private HtmlSniffing() {
    }

    /**
     * Whether the content begins as an HTML document does ({@code <!doctype html} or {@code <html}),
     * after a byte-order mark, blank space, comments (browsers put "saved from url" there) or an XML
     * declaration. A JSON or text file that merely contains a tag further on is not a page.
     */
    static boolean isHtml(byte[] head) {
        String text;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else {
            // Any ASCII-compatible encoding reads the opening tags the same way.
            text = new String(head, StandardCharsets.ISO_8859_1);
            if (text.startsWith("\u00EF\u00BB\u00BF")) {
                text = text.substring(3);
            }
        }
        return startsAsDocument(text);
    }

    static boolean startsAsDocument(String text) {
        int start = documentStart(text);
        return startsWithTag(text, start, "<!doctype html") || startsWithTag(text, start, "<html");
    }

    /**
     * A page that opens as a whole document but never reaches {@code </body>} or {@code </html>}: the
     * browser or download stopped part-way, so the end of the article may be missing. (Pages may
     * legally omit both end tags, but saved pages practically never do.)
     */
    static boolean isSavedIncompletely(String text) {
        return startsAsDocument(text) && !containsIgnoreCase(text, "</html") && !containsIgnoreCase(text, "</body");
    }

    /** Whether there is any markup at all: a text file renamed .html has none. */
    static boolean hasMarkup(String text) {
        int limit = Math.min(text.length() - 1, 64 * 1024);
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '<') {
                char next = text.charAt(i + 1);
                if (Character.isLetter(next) || next == '!' || next == '/' || next == '?') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name of a binary format the bytes start with ("a PNG image"), or null. */
    static String binaryFormat(byte[] bytes) {
        if (TextDecoder.startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        } else if (TextDecoder.startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        } else if (TextDecoder.startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        } else if (TextDecoder.startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        } else if (TextDecoder.startsWith(bytes, 'P', 'K', 3, 4) || TextDecoder.startsWith(bytes, 'P', 'K', 5, 6)) {
            return "a ZIP archive (or a Word, EPUB or other zipped document)";
        } else if (TextDecoder.startsWith(bytes, 0x1F, 0x8B)) {
            return "a gzip-compressed file";
        } else if (TextDecoder.startsWith(bytes, 'R', 'I', 'F', 'F')) {
            return "a RIFF media file";
        }
        return null;
    }

    private static int documentStart(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return text.length();
                }
                i = end + 3;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return text.length();
                }
                i = end + 2;
            } else {
                return i;
            }
        }
    }

    private static boolean startsWithTag(String text, int start, String tag) {
        if (!text.regionMatches(true, start, tag, 0, tag.length())) {
            return false;
        }
        int after = start + tag.length();
        return after == text.length() || Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '>';
    }

    /** Searches from the end, where the closing tags of a whole page are. */
    private static boolean containsIgnoreCase(String text, String needle) {
        for (int i = text.length() - needle.length(); i >= 0; i--) {
            if (text.charAt(i) == '<' && text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
