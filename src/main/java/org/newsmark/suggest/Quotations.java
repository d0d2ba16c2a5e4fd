package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.TextSpans.Range;

/**
 * Finds quotations: the stretches between an opening and its closing double quotation mark, marks
 * included. Marks are straight ({@code "}), curly, low, angle, or two apostrophes or grave accents
 * ({@code ''} and {@code ``}, as the New York Times and typewriter text write them). Curly and angle
 * marks say which way they face; a straight mark or a pair of apostrophes opens when no quotation is
 * open and closes one that is, whatever mark opened it, since real text mixes them ("…” closed by a
 * curly mark). An opening curly mark while a quotation is open ends the open one there: a closing mark
 * was forgotten. Quotations do not cross a line break: a quotation still open at the end of a
 * paragraph runs to its end, as a quote continued in the next paragraph is written. One pass, linear
 * in the length of the text.
 */
final class Quotations {

    private Quotations() {
    }

    /** The quotations in {@code [from, to)}, in order. */
    static List<Range> find(String text, int from, int to) {
        List<Range> quotations = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    addUnclosed(quotations, text, open, i);
                    open = -1;
                }
                continue;
            }
            int length = markLength(text, i, to);
            if (length == 0) {
                continue;
            }
            if (open < 0) {
                if (!facesRight(c)) {
                    open = i;
                }
            } else if (facesLeft(c) && !ambiguous(text, i, length)) {
                addUnclosed(quotations, text, open, i);
                open = i;
            } else if (i > open) {
                quotations.add(new Range(open, i + length));
                open = -1;
            }
            i += length - 1;
        }
        if (open >= 0) {
            addUnclosed(quotations, text, open, to);
        }
        return quotations;
    }

    /**
     * How many characters the quotation mark at {@code i} takes: 1 for a double mark, 2 for a pair of
     * apostrophes or grave accents standing for one, 0 for none (a lone apostrophe is one, "Musk's").
     */
    static int markLength(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
            return 1;
        }
        if ((c == '\'' || c == '`' || c == '\u2018' || c == '\u2019') && i + 1 < to && text.charAt(i + 1) == c
                && (i + 2 >= to || text.charAt(i + 2) != c) && (i == 0 || text.charAt(i - 1) != c)) {
            return 2;
        }
        return 0;
    }

    /** A mark that only opens: “ „ « ``. */
    private static boolean facesLeft(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '`';
    }

    /** A mark that only closes: ” ». */
    private static boolean facesRight(char c) {
        return c == '\u201D' || c == '\u00BB';
    }

    /** “ used as a closing mark, as some text does: right after a letter or punctuation and before a space. */
    private static boolean ambiguous(String text, int i, int length) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean beforeSpace = i + length >= text.length() || Character.isWhitespace(text.charAt(i + length));
        return afterWord && beforeSpace;
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
        Range quotation = containing(quotations, offset);
        return quotation != null && quotation.start() < offset ? quotation : null;
    }

    /** Whether {@code offset} lies in a quotation, marks included. */
    static boolean within(List<Range> quotations, int offset) {
        return containing(quotations, offset) != null;
    }

    /** The quotation that holds {@code offset}, marks included, or null; by binary search. */
    static Range containing(List<Range> quotations, int offset) {
        int low = 0;
        int high = quotations.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Range quotation = quotations.get(middle);
            if (quotation.end() <= offset) {
                low = middle + 1;
            } else if (quotation.start() > offset) {
                high = middle - 1;
            } else {
                return quotation;
            }
        }
        return null;
    }

    /** The quotation that starts at {@code offset}, or null. */
    static Range startingAt(List<Range> quotations, int offset) {
        Range quotation = containing(quotations, offset);
        return quotation != null && quotation.start() == offset ? quotation : null;
    }

    /** The first quotation that starts in {@code [from, to)}, or null. */
    static Range firstIn(List<Range> quotations, int from, int to) {
        for (Range quotation : quotations) {
            if (quotation.start() >= to) {
                return null;
            }
            if (quotation.start() >= from) {
                return quotation;
            }
        }
        return null;
    }

    /** How many characters of {@code [from, to)} lie in quotations. */
    static int quotedLength(List<Range> quotations, int from, int to) {
        int quoted = 0;
        for (Range quotation : quotations) {
            int start = Math.max(from, quotation.start());
            int end = Math.min(to, quotation.end());
            if (start < end) {
                quoted += end - start;
            }
        }
        return quoted;
    }
}
