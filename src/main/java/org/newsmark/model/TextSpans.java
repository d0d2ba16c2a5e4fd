package org.newsmark.model;

import java.util.Optional;

/** Offsets into article text: trimming a selection, checking a span, quoting its surroundings. */
public final class TextSpans {

    /** Characters of context kept on each side of a span, as a W3C TextQuoteSelector would. */
    public static final int CONTEXT_LENGTH = 32;

    private TextSpans() {
    }

    /** A half-open range of UTF-16 offsets. */
    public record Range(int start, int end) {
        public int length() {
            return end - start;
        }
    }

    /**
     * The selection {@code [start, end)} without leading and trailing whitespace, or empty when
     * nothing but whitespace is selected.
     */
    public static Optional<Range> trim(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(text.length(), Math.max(start, end));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? Optional.of(new Range(from, to)) : Optional.empty();
    }

    /**
     * Why {@code [start, end)} is not a valid span of {@code text}, or empty when it is. A span must
     * lie inside the text, be non-empty and not cut a surrogate pair (half an emoji) in two.
     */
    public static Optional<String> problem(String text, int start, int end) {
        if (start < 0 || end > text.length()) {
            return Optional.of("The span " + start + "-" + end + " lies outside the article's text (0-" + text.length() + ")");
        }
        if (end <= start) {
            return Optional.of("The span " + start + "-" + end + " is empty");
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            return Optional.of("The span " + start + "-" + end + " cuts a character in two");
        }
        return Optional.empty();
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** The offset one character (a whole surrogate pair) left ({@code -1}) or right ({@code 1}) of {@code offset}. */
    public static int characterStep(String text, int offset, int direction) {
        if (direction < 0) {
            return offset <= 0 ? 0 : text.offsetByCodePoints(offset, -1);
        }
        return offset >= text.length() ? text.length() : text.offsetByCodePoints(offset, 1);
    }

    /**
     * The nearest word boundary left ({@code -1}) or right ({@code 1}) of {@code offset}, skipping
     * the spaces and punctuation in between, as Ctrl+arrow moves in a text field: right, to the end of
     * the next word; left, to the start of the previous one.
     */
    public static int wordBoundary(String text, int offset, int direction) {
        java.text.BreakIterator words = java.text.BreakIterator.getWordInstance();
        words.setText(text);
        int at = offset;
        while (true) {
            int next = direction < 0 ? words.preceding(Math.max(1, at) ) : words.following(Math.min(at, text.length() - 1));
            if (next == java.text.BreakIterator.DONE || next == at) {
                return direction < 0 ? 0 : text.length();
            }
            boolean wordOnTheWay = direction < 0 ? next < text.length() && Character.isLetterOrDigit(text.codePointAt(next))
                    : next > 0 && Character.isLetterOrDigit(text.codePointBefore(next));
            if (wordOnTheWay) {
                return next;
            }
            if (direction < 0 && next == 0 || direction > 0 && next == text.length()) {
                return next;
            }
            at = next;
        }
    }

    public static String prefix(String text, int start) {
        return text.substring(safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH)), start);
    }

    public static String suffix(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (splitsSurrogatePair(text, to)) {
            to--;
        }
        return text.substring(end, to);
    }

    private static int safeBoundary(String text, int offset) {
        return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
    }
}
