package org.newsmark.suggest;

import org.newsmark.suggest.ReportingVerbs.Strength;
import org.newsmark.suggest.SentenceReading.Pattern;
import org.newsmark.suggest.SuggestedAttribution.Speech;

/**
 * How likely a suggested attribution is right, by its kind: the order of its parts, the class of its
 * cue, whether it quotes and whether a source was found. The figures are the shares of such
 * suggestions that matched a gold attribution (content and source overlapping) on the train split
 * of PolNeAR, rounded: a speech verb 87% (93% quoting), a verb of argument or judgement 64% (72%), a
 * verb of belief or wish 50%, a colon or a participle four fifths of its verb's, an impression or
 * question without a source 65%. They rank suggestions; they are no promise for other kinds of text.
 */
final class Confidence {

    private Confidence() {
    }

    static double of(Pattern pattern, Strength strength, Speech speech, boolean hasSource, boolean continued) {
        if (!hasSource) {
            // Impressions ("seemed to") and questions ("Asked whether"): about two in three were right.
            return 0.65;
        }
        double confidence = switch (strength) {
            case SPEECH -> 0.87;
            case REPORT -> 0.64;
            case ATTITUDE -> 0.5;
        };
        if (speech != Speech.INDIRECT) {
            confidence += 0.07;
        }
        if (pattern == Pattern.COLON || pattern == Pattern.PARTICIPLE) {
            confidence *= 0.8;
        }
        if (continued) {
            confidence -= 0.03;
        }
        return Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
    }
}
