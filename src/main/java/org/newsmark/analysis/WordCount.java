package org.newsmark.analysis;

/**
 * Counts the words of a text as docs/findings.md defines them: a word is a run of letters, combining
 * marks and numbers (Unicode general categories L, M and N), which an apostrophe (' or ’) between two
 * such characters does not end. The same as counting the matches of
 * {@code [\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*}: "Musk's" and "don't" are one word each,
 * "e-mail", "10,000" and "3.5" two.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int point = text.codePointAt(i);
            int next = i + Character.charCount(point);
            if (isWordCharacter(point)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && isApostrophe(point) && next < length && isWordCharacter(text.codePointAt(next)))) {
                inWord = false;
            }
            i = next;
        }
        return words;
    }

    static boolean isApostrophe(int point) {
        return point == '\'' || point == '\u2019';
    }

    /** Letters and digits of ASCII, looked up rather than asked of the Unicode tables: most news text is ASCII. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    static boolean isWordCharacter(int point) {
        if (point < 128) {
            return ASCII_WORD[point];
        }
        switch (Character.getType(point)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
