package org.newsmark.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A content annotation (a claim, a quote) with the speaker mentions it is attributed to: the ends of
 * its {@code attributed_to} links that are annotations of a category with the role source.
 *
 * @param attributes its attribute values by attribute id, as stored
 * @param sources    the speaker mentions, by start offset; empty when it is attributed to no one
 */
public record CodedContent(UUID id, long articleId, long categoryId, int start, int end, String text, String note,
        Map<Long, String> attributes, List<SourceMention> sources) {

    public CodedContent {
        text = text == null ? "" : text;
        note = note == null ? "" : note;
        attributes = Map.copyOf(attributes);
        sources = List.copyOf(sources);
    }
}
