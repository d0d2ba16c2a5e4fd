package org.newsmark.exporting.brat;

import org.newsmark.model.CodePointOffsets;

/**
 * An article's text as brat will read it back (universal newlines: every {@code \r\n} and lone
 * {@code \r} becomes {@code \n}), and the offsets of the stored text turned into brat's: code
 * points of that text.
 */
final class ExportText {

    private final String text;
    /** For a text with carriage returns: each stored UTF-16 offset's offset in {@link #text}; else null. */
    private final int[] lineEndShift;
    private final CodePointOffsets codePoints;

    ExportText(String stored) {
        if (stored.indexOf('\r') < 0) {
            text = stored;
            lineEndShift = null;
        } else {
            StringBuilder normalized = new StringBuilder(stored.length());
            lineEndShift = new int[stored.length() + 1];
            for (int i = 0; i < stored.length(); i++) {
                lineEndShift[i] = normalized.length();
                char c = stored.charAt(i);
                if (c == '\r') {
                    if (i + 1 < stored.length() && stored.charAt(i + 1) == '\n') {
                        continue;
                    }
                    normalized.append('\n');
                } else {
                    normalized.append(c);
                }
            }
            lineEndShift[stored.length()] = normalized.length();
            text = normalized.toString();
        }
        codePoints = CodePointOffsets.of(text);
    }

    /** The text to write to the {@code .txt}. */
    String text() {
        return text;
    }

    /** The UTF-16 offset in {@link #text()} of an offset of the stored text. */
    int utf16(int storedOffset) {
        return lineEndShift == null ? storedOffset : lineEndShift[storedOffset];
    }

    /** brat's offset (code points of {@link #text()}) of an offset of the stored text. */
    int brat(int storedOffset) {
        return codePoints.toCodePoints(utf16(storedOffset));
    }
}
