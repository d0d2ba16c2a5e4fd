package org.newsmark.model;

import java.util.Map;
import java.util.UUID;

/**
 * An annotation as agreement studies see it: where it is, of what category, by which coder, with
 * its attribute values; read in bulk without the quoted text and times an {@link Annotation} holds.
 */
public record CodedSpan(UUID id, long articleId, long categoryId, int start, int end, String annotator,
        Map<Long, String> attributes) {

    public CodedSpan {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
