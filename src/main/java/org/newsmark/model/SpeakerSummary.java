package org.newsmark.model;

import java.util.List;
import java.util.Map;

/**
 * A person with how often they appear: mentions, content attributed to their mentions (by the
 * content's category name, e.g. "Expert quote" → 2) and the articles they appear in.
 */
public record SpeakerSummary(Person person, int mentions, Map<String, Integer> attributed, List<ArticleSummary> articles) {
}
