package org.newsmark.model;

/** One row of the article list: enough to show and choose an article without loading its text. */
public record ArticleSummary(long id, String title, String source, int annotationCount) {

    public ArticleSummary withDetails(String newTitle, String newSource) {
        return new ArticleSummary(id, newTitle, newSource, annotationCount);
    }

    public ArticleSummary withAnnotationCount(int count) {
        return new ArticleSummary(id, title, source, count);
    }
}
