package org.newsmark.model;

import java.util.Objects;

/** An article's title, outlet, byline, date or address corrected; its text never changes. */
public record ArticleDetailsChange(long articleId, ArticleDetails before, ArticleDetails after) implements Change {

    public ArticleDetailsChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public ArticleDetailsChange inverse() {
        return new ArticleDetailsChange(articleId, after, before);
    }
}
