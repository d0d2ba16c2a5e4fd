package org.newsmark.model;

import java.util.Objects;

/** An article read from a file but not yet stored: everything but the project's id. */
public record ArticleDraft(String title, String standfirst, String source, String byline,
        String published, String url, String text) {

    public ArticleDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    public String contentHash() {
        return ContentHash.of(text);
    }

    public ArticleDraft withSource(String newSource) {
        return new ArticleDraft(title, standfirst, newSource, byline, published, url, text);
    }
}
