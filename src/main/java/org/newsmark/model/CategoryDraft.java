package org.newsmark.model;

/** A category before it is stored in a project (see {@link Codebooks}). */
public record CategoryDraft(String name, String color, String shortcut, String description) {
}
