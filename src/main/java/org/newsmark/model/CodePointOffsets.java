package org.newsmark.model;

import java.util.Arrays;

/**
 * Converts offsets into one text between UTF-16 code units (Newsmark's, Java's) and Unicode code
 * points (brat's, Python's, the W3C TextPositionSelector's). The two counts differ by one for every
 * character outside the Basic Multilingual Plane (most emoji) before the offset; a text without such
 * characters converts for free.
 */
public final class CodePointOffsets {

    private final int length;
    /** UTF-16 index of the high surrogate of each pair, ascending; empty when there is none. */
    private final int[] pairStarts;
    /** Code-point index of each pair, ascending. */
    private final int[] pairCodePoints;
    private final int codePointLength;

    private CodePointOffsets(String text) {
        length = text.length();
        int[] starts = new int[0];
        int count = 0;
        for (int i = 0; i + 1 < length; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, Math.max(8, count * 2));
                }
                starts[count++] = i;
                i++;
            }
        }
        pairStarts = Arrays.copyOf(starts, count);
        pairCodePoints = new int[count];
        for (int i = 0; i < count; i++) {
            pairCodePoints[i] = pairStarts[i] - i;
        }
        codePointLength = length - count;
    }

    public static CodePointOffsets of(String text) {
        return new CodePointOffsets(text);
    }

    /** The text's length in code points. */
    public int codePointLength() {
        return codePointLength;
    }

    /** The code-point offset of a UTF-16 offset (which should not cut a pair in two). */
    public int toCodePoints(int utf16) {
        if (pairStarts.length == 0) {
            return utf16;
        }
        // Pairs that end at or before the offset each count two units but one code point.
        int before = Arrays.binarySearch(pairStarts, utf16 - 1);
        int pairs = before >= 0 ? before : -before - 1;
        return utf16 - pairs;
    }

    /** The UTF-16 offset of a code-point offset, or -1 when it lies outside the text. */
    public int toUtf16(int codePoints) {
        if (codePoints < 0 || codePoints > codePointLength) {
            return -1;
        }
        if (pairStarts.length == 0) {
            return codePoints;
        }
        int before = Arrays.binarySearch(pairCodePoints, codePoints);
        int pairs = before >= 0 ? before : -before - 1;
        return codePoints + pairs;
    }
}
