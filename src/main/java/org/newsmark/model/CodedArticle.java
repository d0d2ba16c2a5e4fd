package org.newsmark.model;

import java.util.List;
import java.util.Map;

/**
 * One article as the findings count it (docs/findings.md): its details, how many annotations it has of
 * each category, its document codes, and its content annotations (claims, quotes) with the speaker
 * mentions they are attributed to.
 *
 * @param annotations      all of its annotations, of any category
 * @param categoryCounts   annotations by category id, each under its own category (sub-categories apart);
 *                         ids no longer in the codebook may appear
 * @param codes            document field id to value, as stored
 * @param contents         its annotations of categories with the role content, by start offset
 * @param strayAttributions its {@code attributed_to} links that do not run from a content annotation to
 *                         a source annotation (an end recategorised since), which count for nothing
 */
public record CodedArticle(long id, ArticleDetails details, int annotations, Map<Long, Integer> categoryCounts,
        Map<Long, String> codes, List<CodedContent> contents, int strayAttributions) {

    public CodedArticle {
        categoryCounts = Map.copyOf(categoryCounts);
        codes = Map.copyOf(codes);
        contents = List.copyOf(contents);
    }

    /** The outlet, or null when the article has none. */
    public String outlet() {
        return details.source();
    }
}
