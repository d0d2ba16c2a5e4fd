package org.newsmark.exporting.webanno;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an article's text into the tokens and sentences of a WebAnno TSV file. Tokens are runs of
 * non-space characters cut where a word or punctuation mark ends (the JDK's word boundaries) and,
 * whatever the words, wherever an annotation starts or ends, so every span lies on whole tokens and
 * keeps its exact offsets. A cut never falls inside a character outside the Basic Multilingual Plane,
 * nor before a combining mark or joiner unless an annotation asks for it. Sentences follow the JDK's
 * sentence boundaries, each starting at a token.
 */
final class TsvTokens {

    record Token(int begin, int end) {
    }

    private TsvTokens() {
    }

    /** The tokens of {@code text}, cut also at every offset in {@code cuts}. */
    static List<Token> tokens(String text, BitSet cuts) {
        BitSet boundaries = new BitSet(text.length() + 1);
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        for (int boundary = words.first(); boundary != BreakIterator.DONE; boundary = words.next()) {
            if (canCut(text, boundary)) {
                boundaries.set(boundary);
            }
        }
        boundaries.or(cuts);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
                if (i < text.length() && boundaries.get(i) && !Character.isWhitespace(text.charAt(i))) {
                    tokens.add(new Token(start, i));
                    start = i;
                }
            }
            if (i > start) {
                tokens.add(new Token(start, i));
            }
        }
        return tokens;
    }

    /** The index of the first token of each sentence. */
    static List<Integer> sentenceStarts(String text, List<Token> tokens) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        List<Integer> starts = new ArrayList<>();
        int token = 0;
        for (int boundary = sentences.first(); boundary != BreakIterator.DONE && token < tokens.size();
                boundary = sentences.next()) {
            while (token < tokens.size() && tokens.get(token).end() <= boundary) {
                token++;
            }
            if (token < tokens.size() && tokens.get(token).begin() >= boundary
                    && (starts.isEmpty() || starts.get(starts.size() - 1) != token)) {
                starts.add(token);
            }
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        return starts;
    }

    private static boolean canCut(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        char before = text.charAt(offset - 1);
        char after = text.charAt(offset);
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
            return false;
        }
        int type = Character.getType(text.codePointAt(offset));
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK && after != '\u200D' && before != '\u200D'
                && !(after >= '\uFE00' && after <= '\uFE0F');
    }
}
