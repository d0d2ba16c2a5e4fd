package org.newsmark.model;

/** An article's note or document codes changed. */
public record ArticleCodingChange(ArticleCoding before, ArticleCoding after) implements Change {

    public ArticleCodingChange {
        if (before == null || after == null || before.articleId() != after.articleId()) {
            throw new IllegalArgumentException("An article's coding changes from one state to another of the same article");
        }
    }

    @Override
    public ArticleCodingChange inverse() {
        return new ArticleCodingChange(after, before);
    }

    @Override
    public long articleId() {
        return after.articleId();
    }
}
