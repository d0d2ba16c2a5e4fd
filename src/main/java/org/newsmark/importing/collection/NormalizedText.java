package org.newsmark.importing.collection;

import java.util.Arrays;

/**
 * A record's text as stored: line breaks made "\n" and blank space trimmed at both ends, paragraphs
 * kept. It maps offsets into the text as the record gave it (where carried annotations point) to
 * offsets into the stored text.
 */
final class NormalizedText {

    private final String raw;
    private final String text;
    private final int leading;
    private final int[] removedReturns;

    private NormalizedText(String raw, String text, int leading, int[] removedReturns) {
        this.raw = raw;
        this.text = text;
        this.leading = leading;
        this.removedReturns = removedReturns;
    }

    static NormalizedText of(String raw) {
        String lines = raw;
        int[] removed = new int[0];
        if (raw.indexOf('\r') >= 0) {
            StringBuilder builder = new StringBuilder(raw.length());
            int count = 0;
            removed = new int[16];
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    if (count == removed.length) {
                        removed = Arrays.copyOf(removed, count * 2);
                    }
                    removed[count++] = i;
                } else {
                    builder.append(c == '\r' ? '\n' : c);
                }
            }
            removed = Arrays.copyOf(removed, count);
            lines = builder.toString();
        }
        int start = 0;
        while (start < lines.length() && Character.isWhitespace(lines.charAt(start))) {
            start++;
        }
        int end = lines.length();
        while (end > start && Character.isWhitespace(lines.charAt(end - 1))) {
            end--;
        }
        return new NormalizedText(raw, lines.substring(start, end), start, removed);
    }

    /** The text as the record gave it. */
    String raw() {
        return raw;
    }

    /** The text to store. */
    String text() {
        return text;
    }

    /** Where an offset into {@link #raw()} falls in {@link #text()}; -1 when in trimmed blank space or beyond. */
    int map(int rawOffset) {
        int before = Arrays.binarySearch(removedReturns, rawOffset);
        int removed = before >= 0 ? before : -before - 1;
        int mapped = rawOffset - removed - leading;
        return mapped < 0 || mapped > text.length() ? -1 : mapped;
    }
}
