package org.newsmark.model;

import java.util.List;

/** An attribute of a codebook before it is stored in a project. */
public record AttributeDraft(String name, AttributeType type, List<String> choices, String description) {

    public AttributeDraft {
        choices = List.copyOf(choices);
        description = description == null ? "" : description;
    }

    public static AttributeDraft choice(String name, String description, String... choices) {
        return new AttributeDraft(name, AttributeType.CHOICE, List.of(choices), description);
    }

    public static AttributeDraft yesNo(String name, String description) {
        return new AttributeDraft(name, AttributeType.YES_NO, List.of(), description);
    }

    public static AttributeDraft text(String name, String description) {
        return new AttributeDraft(name, AttributeType.TEXT, List.of(), description);
    }
}
