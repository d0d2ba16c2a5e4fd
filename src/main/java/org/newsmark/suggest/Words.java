package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a stretch of text with their offsets. A word is a run of letters and digits; an
 * apostrophe or hyphen between letters stays inside it ("Musk's", "cyber-attack"), a full stop
 * does not ("Mr." is the word "Mr").
 */
final class Words {

    /** One word: its offsets and its lower-case form. */
    record Word(int start, int end, String lower) {
        boolean capitalised(String text) {
            return Character.isUpperCase(text.charAt(start));
        }

        /** The word as written. */
        String text(String text) {
            return text.substring(start, end);
        }
    }

    private Words() {
    }

    static List<Word> in(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                    || (joiner(text.charAt(i)) && i + 1 < to && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            words.add(new Word(start, i, text.substring(start, i).toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    private static boolean joiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /** Whether only whitespace, or a full stop and whitespace ("Mr. Musk", "J. Smith"), separates two words. */
    static boolean adjacentOrStop(String text, Word first, Word second) {
        int i = first.end();
        if (i < second.start() && text.charAt(i) == '.') {
            i++;
        }
        for (; i < second.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether only whitespace separates two words, so they read as one phrase. */
    static boolean adjacent(String text, Word first, Word second) {
        for (int i = first.end(); i < second.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first word starting at or after {@code offset}, by binary search (the words are in order). */
    static int indexFrom(List<Word> words, int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (words.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The word starting at {@code offset}, or null. */
    static Word startingAt(List<Word> words, int offset) {
        int index = indexFrom(words, offset);
        return index < words.size() && words.get(index).start() == offset ? words.get(index) : null;
    }

    /** The last word ending at or before {@code offset}, or null. */
    static Word endingBefore(List<Word> words, int offset) {
        int index = indexFrom(words, offset) - 1;
        while (index >= 0 && words.get(index).end() > offset) {
            index--;
        }
        return index >= 0 ? words.get(index) : null;
    }

    /** The word after {@code word}, or null. */
    static Word after(List<Word> words, Word word) {
        int index = indexFrom(words, word.start());
        return index + 1 < words.size() ? words.get(index + 1) : null;
    }

    /** The first word {@code lower} (in lower case) starting in {@code [from, to)}, or null. */
    static Word first(List<Word> words, String lower, int from, int to) {
        for (int index = indexFrom(words, from); index < words.size() && words.get(index).start() < to; index++) {
            if (words.get(index).lower().equals(lower)) {
                return words.get(index);
            }
        }
        return null;
    }
}
