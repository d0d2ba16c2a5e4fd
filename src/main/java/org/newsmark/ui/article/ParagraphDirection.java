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
