package org.newsmark.model;

/**
 * One thing in a project going from one state to another: {@code before == null} creates it,
 * {@code after == null} deletes it, both set replace it. Undo applies the inverse. Every edit a
 * person makes is a list of changes, applied to the project file in one transaction.
 */
public sealed interface Change permits AnnotationChange, LinkChange, CategoryChange, DocumentFieldChange,
        PersonChange, ArticleCodingChange, ArticleDetailsChange {

    Change inverse();

    /** The article the change belongs to, or -1 for project-wide changes (codebook, people). */
    default long articleId() {
        return -1;
    }
}
