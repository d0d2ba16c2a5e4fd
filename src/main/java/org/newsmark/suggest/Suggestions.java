package org.newsmark.suggest;

import java.util.List;

/**
 * What {@link AttributionSuggester} found in one article: its attributions in text order (by where
 * their first span starts) and the mentions of registered people in text order.
 */
public record Suggestions(List<SuggestedAttribution> attributions, List<SpeakerMention> mentions) {

    public static final Suggestions NONE = new Suggestions(List.of(), List.of());

    public Suggestions {
        attributions = List.copyOf(attributions);
        mentions = List.copyOf(mentions);
    }
}
