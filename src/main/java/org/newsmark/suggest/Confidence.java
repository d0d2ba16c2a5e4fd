package org.newsmark.suggest;

import org.newsmark.suggest.ReportingVerbs.Strength;
import org.newsmark.suggest.SentenceReading.Pattern;
import org.newsmark.suggest.SuggestedAttribution.Speech;

/**
 * How likely a suggested attribution is right, by its kind: the order of its parts, the class of its
 * cue, whether it quotes and whether a source was found. The figures are the shares of such
 * suggestions that matched a gold attribution (content and source overlapping) on the train split
 * of PolNeAR, rounded; they rank suggestions, they are not a promise for other kinds of text.
 */
final class Confidence {

    private Confidence() {
    }

    static double of(Pattern pattern, Strength strength, Speech speech, boolean hasSource, boolean continued) {
        double confidence = switch (strength) {
            case SPEECH -> 0.85;
            case REPORT -> 0.7;
            case ATTITUDE -> 0.55;
        };
        if (pattern == Pattern.COLON || pattern == Pattern.PARTICIPLE) {
            confidence -= 0.15;
        }
        if (speech != Speech.INDIRECT) {
            confidence += 0.05;
        }
        if (!hasSource) {
            confidence -= 0.2;
        }
        if (continued) {
            confidence -= 0.05;
        }
        return Math.max(0.05, Math.min(0.95, confidence));
    }
}
