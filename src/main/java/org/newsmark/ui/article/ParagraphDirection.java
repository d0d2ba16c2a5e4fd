package org.newsmark.ui.article;

/**
 * Which way a paragraph runs, as the Unicode bidirectional algorithm decides a paragraph's level
 * (rule P2): from its first strong character. A paragraph that begins with Arabic, Hebrew or Persian
 * runs right to left, even if it later quotes English; one with no strong character runs left to right.
 */
final class ParagraphDirection {

    private ParagraphDirection() {
    }

    static boolean isRightToLeft(CharSequence text) {
        return firstStrong(text) == Boolean.TRUE;
    }

    /** Whether {@code [start, end)} holds right-to-left text (or marks that make text run right to left). */
    static boolean hasRightToLeft(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '\u0590') {
                continue;
            }
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** True for right to left, false for left to right, null when the text has no strong character. */
    static Boolean firstStrong(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; ) {
            int codePoint = Character.codePointAt(text, i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return Boolean.FALSE;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return Boolean.TRUE;
                default:
                    break;
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }
}
