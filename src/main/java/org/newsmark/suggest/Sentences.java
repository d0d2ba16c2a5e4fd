package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmark.model.TextSpans.Range;

/**
 * Splits a stretch of text into sentences, so that each attribution is looked for in the sentence
 * that carries it. A sentence ends at a line break, or at a full stop, question or exclamation mark
 * followed by a space and a capital, a digit or a quotation mark. Quoted speech is kept whole: a
 * full stop inside a quotation ends a sentence only when the quotation closes right after it, so a
 * quote of several sentences followed by "he said" stays one sentence. Abbreviated titles
 * ("Mr.", "Dr.") and initials do not end a sentence. A "sentence" longer than {@link #LONGEST}
 * characters (a paragraph without punctuation, a quotation never closed) is cut at spaces into pieces
 * of at most that length, so that reading a sentence, which looks at its words more than once, stays
 * linear in the length of the text.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr",
            "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Mt", "No", "Nos", "vs", "Inc", "Ltd", "Co",
            "Corp", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /** The longest stretch read as one sentence. */
    static final int LONGEST = 2_000;

    private Sentences() {
    }

    static List<Range> split(String text, int from, int to, List<Range> quotations) {
        List<Range> sentences = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            int end = sentenceEnd(text, i, to, quotations);
            if (end > 0) {
                add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text, start, to);
        return sentences;
    }

    /** Where the sentence ends if the character at {@code i} ends one, else -1. */
    private static int sentenceEnd(String text, int i, int to, List<Range> quotations) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        if (c == '.' && ((i + 1 < to && text.charAt(i + 1) == '.') || (i > 0 && text.charAt(i - 1) == '.'))) {
            return -1;
        }
        int end = i + 1;
        Range quotation = Quotations.around(quotations, i);
        if (quotation != null) {
            for (int k = i + 1; k < quotation.end(); k++) {
                if (!Spans.isQuotationMark(text.charAt(k))) {
                    return -1;
                }
            }
            end = quotation.end();
        }
        while (end < to && (text.charAt(end) == ')' || text.charAt(end) == ']')) {
            end++;
        }
        if (end < to && !Character.isWhitespace(text.charAt(end))) {
            return -1;
        }
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
            next++;
        }
        if (next < to && text.charAt(next) != '\n' && !startsSentence(text.charAt(next))) {
            return -1;
        }
        return c == '.' && abbreviation(text, i) ? -1 : end;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Spans.isQuotationMark(c) || c == '(';
    }

    private static boolean abbreviation(String text, int stop) {
        int start = stop;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, stop);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void add(List<Range> sentences, String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        while (to - from > LONGEST) {
            int cut = from + LONGEST;
            while (cut > from + LONGEST / 2 && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            if (!Character.isWhitespace(text.charAt(cut))) {
                cut = from + LONGEST;
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;
                }
            }
            add(sentences, text, from, cut);
            from = cut;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        if (from < to) {
            sentences.add(new Range(from, to));
        }
    }
}
