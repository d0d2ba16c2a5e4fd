package org.newsmark.importing.collection;

import java.util.Arrays;
import java.util.List;

/**
 * What doccano's offsets count. Spans made in doccano's editor count UTF-16 code units (JavaScript
 * string positions, doccano issue #2290); spans written by Python scripts for import into doccano
 * count code points. The two agree until the first character outside the Basic Multilingual Plane
 * (most emoji), and doccano's files do not say which they hold. So for a text with such characters,
 * both readings are tried and the one whose spans fit the text and start and end at word edges wins;
 * on a tie, the editor's UTF-16 reading.
 */
final class DoccanoOffsets {

    private final String text;
    /** Code-point indexes of the characters that take two UTF-16 units, ascending; null when none. */
    private final int[] wideCharacters;
    private boolean codePoints;

    /**
     * @param spans the record's spans as [start, end] in doccano's counting
     */
    DoccanoOffsets(String text, List<int[]> spans) {
        this.text = text;
        this.wideCharacters = wideCharacters(text);
        if (wideCharacters != null) {
            codePoints = score(spans, true) > score(spans, false);
        }
    }

    /** Whether the offsets were read as code points. */
    boolean countsCodePoints() {
        return codePoints;
    }

    /** The UTF-16 offset of a doccano offset, or -1 when it is beyond the text. */
    int toUtf16(int offset) {
        if (!codePoints) {
            return offset;
        }
        if (offset < 0) {
            return offset;
        }
        int before = Arrays.binarySearch(wideCharacters, offset);
        int wide = before >= 0 ? before : -before - 1;
        int utf16 = offset + wide;
        return utf16 > text.length() ? -1 : utf16;
    }

    private int score(List<int[]> spans, boolean asCodePoints) {
        boolean saved = codePoints;
        codePoints = asCodePoints;
        int score = 0;
        for (int[] span : spans) {
            int start = toUtf16(span[0]);
            int end = toUtf16(span[1]);
            if (start < 0 || end < 0 || end > text.length() || end <= start || splitsPair(start) || splitsPair(end)) {
                continue;
            }
            score += 1 + (startsWord(start) ? 1 : 0) + (endsWord(end) ? 1 : 0);
        }
        codePoints = saved;
        return score;
    }

    private boolean splitsPair(int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1));
    }

    private boolean startsWord(int start) {
        return start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start))
                || !Character.isLetterOrDigit(text.codePointAt(start));
    }

    private boolean endsWord(int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end))
                || !Character.isLetterOrDigit(text.codePointBefore(end));
    }

    private static int[] wideCharacters(String text) {
        int[] wide = null;
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); codePoint++) {
            int c = text.codePointAt(i);
            if (Character.isSupplementaryCodePoint(c)) {
                if (wide == null) {
                    wide = new int[8];
                } else if (count == wide.length) {
                    wide = Arrays.copyOf(wide, count * 2);
                }
                wide[count++] = codePoint;
            }
            i += Character.charCount(c);
        }
        return wide == null ? null : Arrays.copyOf(wide, count);
    }
}
