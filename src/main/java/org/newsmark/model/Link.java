package org.newsmark.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** A typed link from one annotation to another of the same article: {@code from} is {@code type} {@code to}. */
public record Link(UUID id, long articleId, RelationType type, UUID from, UUID to, Instant created) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("An annotation cannot be linked to itself");
        }
        created = created.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Link of(long articleId, RelationType type, UUID from, UUID to, Instant at) {
        return new Link(UUID.randomUUID(), articleId, type, from, to, at);
    }

    public boolean touches(UUID annotationId) {
        return from.equals(annotationId) || to.equals(annotationId);
    }
}
