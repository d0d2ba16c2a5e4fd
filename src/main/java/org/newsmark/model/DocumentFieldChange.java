package org.newsmark.model;

/** A document field of the codebook added, changed or removed; {@code position} orders the fields. */
public record DocumentFieldChange(AttributeDefinition before, AttributeDefinition after, int position) implements Change {

    public DocumentFieldChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs a before or an after state");
        }
    }

    @Override
    public DocumentFieldChange inverse() {
        return new DocumentFieldChange(after, before, position);
    }
}
