package org.newsmark.model;

import java.util.UUID;

/**
 * A speaker mention a content annotation is attributed to.
 *
 * @param personId the person it refers to, or null for a mention not (yet) linked to the speaker registry
 */
public record SourceMention(UUID id, long categoryId, int start, String text, UUID personId) {

    public SourceMention {
        text = text == null ? "" : text;
    }
}
