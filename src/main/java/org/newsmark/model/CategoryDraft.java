package org.newsmark.model;

import java.util.List;

/** A category of a codebook before it is stored in a project, with its sub-categories. */
public record CategoryDraft(String name, String color, String shortcut, String description, CategoryRole role,
        List<AttributeDraft> attributes, List<CategoryDraft> children) {

    public CategoryDraft {
        attributes = List.copyOf(attributes);
        children = List.copyOf(children);
        description = description == null ? "" : description;
    }

    public CategoryDraft(String name, String color, String shortcut, String description) {
        this(name, color, shortcut, description, null, List.of(), List.of());
    }
}
