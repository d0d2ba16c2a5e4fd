package org.newsmark.analysis;

import java.util.List;
import org.newsmark.model.CodedContent;

/**
 * A content annotation with what the definitions make of it.
 *
 * @param voices     its distinct (speaker, speaker type) pairs, in the order of their mentions; empty when
 *                   it is attributed to no speaker, and then it is a claim but not a quote
 * @param words      the words of its text
 * @param direct     direct or indirect, by its attribute or its quotation marks
 * @param firstVoice whether it is a quote with the smallest start offset of its article's quotes
 */
public record ContentFacts(CodedContent content, List<Voice> voices, int words, boolean direct, boolean firstVoice) {

    public ContentFacts {
        voices = List.copyOf(voices);
    }

    public boolean isQuote() {
        return !voices.isEmpty();
    }
}
