package org.newsmark.model;

/** A category (with its attribute definitions) added, changed or removed. */
public record CategoryChange(Category before, Category after) implements Change {

    public CategoryChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs a before or an after state");
        }
        if (before != null && after != null && before.id() != after.id()) {
            throw new IllegalArgumentException("A change keeps the category's id");
        }
    }

    @Override
    public CategoryChange inverse() {
        return new CategoryChange(after, before);
    }

    public long categoryId() {
        return after != null ? after.id() : before.id();
    }
}
