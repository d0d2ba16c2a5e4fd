package org.newsmark.importing;

/**
 * Metadata found beside an article's text (a sidecar file); any field may be {@code null}.
 */
public record ArticleMetadata(String title, String source, String byline, String published, String url) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null);
}
