package org.newsmark.model;

/** A person of the speaker registry added, changed or removed. */
public record PersonChange(Person before, Person after) implements Change {

    public PersonChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs a before or an after state");
        }
        if (before != null && after != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("A change keeps the person's id");
        }
    }

    @Override
    public PersonChange inverse() {
        return new PersonChange(after, before);
    }
}
