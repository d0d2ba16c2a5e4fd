package org.newsmark.model;

/** What a researcher may correct about an article after importing it: everything but its text. */
public record ArticleDetails(String title, String source, String byline, String published, String url) {

    public ArticleDetails {
        title = title == null ? "" : title.strip();
        source = blankToNull(source);
        byline = blankToNull(byline);
        published = blankToNull(published);
        url = blankToNull(url);
    }

    public static ArticleDetails of(Article article) {
        return new ArticleDetails(article.title(), article.source(), article.byline(), article.published(), article.url());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
