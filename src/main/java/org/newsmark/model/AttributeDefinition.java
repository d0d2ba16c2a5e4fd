package org.newsmark.model;

import java.util.List;
import java.util.Objects;

/**
 * An attribute coders fill in: for annotations of one category (such as a Claim's "Challenged in the
 * text") or, in a codebook's document fields, for whole articles (such as "Primary frame").
 *
 * @param choices the allowed values of a {@link AttributeType#CHOICE} attribute, in order; empty otherwise
 */
public record AttributeDefinition(long id, String name, AttributeType type, List<String> choices, String description) {

    public AttributeDefinition {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An attribute needs a name");
        }
        choices = List.copyOf(choices);
        description = description == null ? "" : description;
        if (type == AttributeType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("The choice attribute \"" + name + "\" needs at least one choice");
        }
    }

    public AttributeType.Reading read(String raw) {
        return type.read(raw, choices);
    }

    public AttributeDraft toDraft() {
        return new AttributeDraft(name, type, choices, description);
    }
}
