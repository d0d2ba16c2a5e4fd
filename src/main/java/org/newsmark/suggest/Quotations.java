package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.TextSpans.Range;

/**
 * Finds quotations: the stretches between an opening and its closing double quotation mark,
 * marks included. A straight mark opens or closes by turns; a curly, low or angle mark is closed by
 * its partner. Quotations do not cross a line break: a quotation still open at the end of a
 * paragraph runs to its end, as a quote continued in the next paragraph is written.
 */
final class Quotations {

    private Quotations() {
    }

    /** The quotations in {@code [from, to)}, in order. */
    static List<Range> find(String text, int from, int to) {
        List<Range> quotations = new ArrayList<>();
        int open = -1;
        char opening = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    addUnclosed(quotations, text, open, i);
                    open = -1;
                }
            } else if (open < 0) {
                if (opens(c)) {
                    open = i;
                    opening = c;
                }
            } else if (closes(opening, c)) {
                quotations.add(new Range(open, i + 1));
                open = -1;
            }
        }
        if (open >= 0) {
            addUnclosed(quotations, text, open, to);
        }
        return quotations;
    }

    private static boolean opens(char c) {
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB';
    }

    private static boolean closes(char opening, char c) {
        switch (opening) {
            case '"':
                return c == '"';
            case '\u201C':
                return c == '\u201D';
            case '\u201E':
                return c == '\u201C' || c == '\u201D';
            default:
                return c == '\u00BB';
        }
    }

    private static void addUnclosed(List<Range> quotations, String text, int open, int end) {
        int to = end;
        while (to > open + 1 && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        quotations.add(new Range(open, to));
    }

    /** The quotation whose marks enclose {@code offset}, or null. */
    static Range around(List<Range> quotations, int offset) {
        for (Range quotation : quotations) {
            if (quotation.start() < offset && offset < quotation.end() - 1) {
                return quotation;
            }
        }
        return null;
    }

    /** Whether {@code offset} lies in a quotation, marks included. */
    static boolean within(List<Range> quotations, int offset) {
        for (Range quotation : quotations) {
            if (Spans.inside(quotation, offset)) {
                return true;
            }
        }
        return false;
    }

    /** The quotation that starts at {@code offset}, or null. */
    static Range startingAt(List<Range> quotations, int offset) {
        for (Range quotation : quotations) {
            if (quotation.start() == offset) {
                return quotation;
            }
        }
        return null;
    }

    /** The first quotation that starts in {@code [from, to)}, or null. */
    static Range firstIn(List<Range> quotations, int from, int to) {
        for (Range quotation : quotations) {
            if (quotation.start() >= from && quotation.start() < to) {
                return quotation;
            }
        }
        return null;
    }

    /** Whether a quotation lies wholly inside {@code [from, to)}. */
    static boolean anyWithin(List<Range> quotations, int from, int to) {
        for (Range quotation : quotations) {
            if (quotation.start() >= from && quotation.end() <= to) {
                return true;
            }
        }
        return false;
    }
}
