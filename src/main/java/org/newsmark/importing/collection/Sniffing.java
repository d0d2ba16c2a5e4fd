package org.newsmark.importing.collection;

import java.util.Locale;
import java.util.Set;

/**
 * Tells JSON from JSON Lines by a file's first bytes when its name does not say: collections are
 * often saved as ".txt"-less downloads ("export", "articles.dat", an API response without a name).
 */
final class Sniffing {

    /** Extensions that name a format, so their files are not sniffed for another. */
    private static final Set<String> KNOWN = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml",
            "csv", "tsv", "tab", "json", "jsonl", "ndjson", "jsonlines", "pdf", "doc", "docx", "odt", "rtf", "zip",
            "gz", "newsmark", "qdc", "qdpx", "ann", "conll");

    enum Shape { JSON, JSON_LINES, OTHER }

    private Sniffing() {
    }

    static String extension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1) : "";
    }

    static boolean unknownExtension(String fileName) {
        return !KNOWN.contains(extension(fileName));
    }

    /**
     * JSON Lines when the first line is an object that closes on that line and the next line opens
     * another; JSON when the content opens with '[' or '{' otherwise; else neither.
     */
    static Shape shape(byte[] head) {
        int i = skipBlank(head, startOf(head));
        if (i >= head.length || (head[i] != '{' && head[i] != '[')) {
            return Shape.OTHER;
        }
        if (head[i] == '[') {
            return Shape.JSON;
        }
        int newline = indexOf(head, (byte) '\n', i);
        if (newline < 0) {
            return Shape.JSON;
        }
        int lastOnLine = newline - 1;
        while (lastOnLine > i && isBlank(head[lastOnLine])) {
            lastOnLine--;
        }
        int next = skipBlank(head, newline + 1);
        boolean closesAndOpens = head[lastOnLine] == '}' && next < head.length && head[next] == '{';
        return closesAndOpens ? Shape.JSON_LINES : Shape.JSON;
    }

    private static int startOf(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static int skipBlank(byte[] head, int from) {
        int i = from;
        while (i < head.length && isBlank(head[i])) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static int indexOf(byte[] head, byte wanted, int from) {
        for (int i = from; i < head.length; i++) {
            if (head[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
