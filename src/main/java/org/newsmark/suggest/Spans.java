package org.newsmark.suggest;

import org.newsmark.model.TextSpans.Range;

/** Trimming of proposed spans, and the quotation marks the splitter knows. */
final class Spans {

    /** Punctuation that never belongs at either end of a proposed span. */
    private static final String TRIMMED = ",.;:!?-\u2013\u2014";

    private Spans() {
    }

    /**
     * Straight, curly, low and angle double quotation marks, and the apostrophes and grave accents of
     * which two stand for one (see {@link Quotations}).
     */
    static boolean isQuotationMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\'' || c == '`' || c == '\u2018' || c == '\u2019';
    }

    /**
     * {@code [start, end)} without whitespace and punctuation at either end, or null when nothing is
     * left. Quotation marks are kept when {@code keepQuotationMarks}, so direct speech keeps its
     * marks and the comma inside them; otherwise they are trimmed too.
     */
    static Range trim(String text, int start, int end, boolean keepQuotationMarks) {
        int from = Math.max(0, start);
        int to = Math.min(text.length(), end);
        while (from < to && trimmable(text.charAt(from), keepQuotationMarks)) {
            from++;
        }
        while (to > from && trimmable(text.charAt(to - 1), keepQuotationMarks)) {
            to--;
        }
        return from < to ? new Range(from, to) : null;
    }

    private static boolean trimmable(char c, boolean keepQuotationMarks) {
        return Character.isWhitespace(c) || TRIMMED.indexOf(c) >= 0 || (!keepQuotationMarks && isQuotationMark(c));
    }

    static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
