package org.newsmark.suggest;

import org.newsmark.model.TextSpans.Range;

/**
 * Names a suggested attribution by its spans, so a coder's rejection of it can be remembered and
 * recognised when the article's suggestions are made again: {@code content 10-42,57-80 cue 43-47
 * source 48-57}, UTF-16 offsets of the article's text, end exclusive; a missing cue or source is left
 * out. Confidence, referent and person are not part of it: the same spans are the same suggestion.
 */
public final class SuggestionKey {

    private SuggestionKey() {
    }

    public static String of(SuggestedAttribution attribution) {
        StringBuilder key = new StringBuilder("content ");
        for (int i = 0; i < attribution.content().size(); i++) {
            if (i > 0) {
                key.append(',');
            }
            append(key, attribution.content().get(i));
        }
        if (attribution.cue() != null) {
            append(key.append(" cue "), attribution.cue());
        }
        if (attribution.source() != null) {
            append(key.append(" source "), attribution.source());
        }
        return key.toString();
    }

    private static void append(StringBuilder key, Range range) {
        key.append(range.start()).append('-').append(range.end());
    }
}
