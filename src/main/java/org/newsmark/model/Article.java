package org.newsmark.model;

import java.util.Objects;

/**
 * An article as stored in a project. {@code text} is exactly the text annotations point into;
 * the metadata fields are {@code null} when the source did not give them.
 *
 * @param published an ISO-8601 date or date-time, as precise as the source gave it
 * @param contentHash SHA-256 of {@code text}, used to recognise the same article twice
 */
public record Article(long id, String title, String standfirst, String source, String byline,
        String published, String url, String text, String contentHash) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
