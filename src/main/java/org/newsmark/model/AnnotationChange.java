package org.newsmark.model;

import java.util.UUID;

/**
 * One annotation going from one state to another: {@code before == null} creates it,
 * {@code after == null} deletes it, both set replaces it. Undo is the same change reversed.
 */
public record AnnotationChange(Annotation before, Annotation after) implements Change {

    public AnnotationChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs a before or an after state");
        }
        if (before != null && after != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("A change keeps the annotation's id");
        }
    }

    public static AnnotationChange create(Annotation annotation) {
        return new AnnotationChange(null, annotation);
    }

    public static AnnotationChange delete(Annotation annotation) {
        return new AnnotationChange(annotation, null);
    }

    @Override
    public AnnotationChange inverse() {
        return new AnnotationChange(after, before);
    }

    public UUID annotationId() {
        return after != null ? after.id() : before.id();
    }

    @Override
    public long articleId() {
        return after != null ? after.articleId() : before.articleId();
    }
}
