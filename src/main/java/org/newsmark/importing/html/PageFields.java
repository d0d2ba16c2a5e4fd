package org.newsmark.importing.html;

import org.newsmark.importing.ArticleMetadata;

/**
 * An article's metadata as one layer of a web page states it (its JSON-LD, its OpenGraph tags, its
 * other meta tags, its visible markup). Any field may be null; {@link #or} fills the gaps of a more
 * trusted layer from a less trusted one.
 */
record PageFields(String title, String standfirst, String source, String byline, String published, String url) {

    static final PageFields NONE = new PageFields(null, null, null, null, null, null);

    PageFields {
        title = PageText.clean(title);
        standfirst = PageText.clean(standfirst);
        source = PageText.clean(source);
        byline = PageText.clean(byline);
        published = PageText.clean(published);
        url = PageText.clean(url);
    }

    static PageFields of(ArticleMetadata metadata) {
        return new PageFields(metadata.title(), null, metadata.source(), metadata.byline(), metadata.published(),
                metadata.url());
    }

    /** This layer's fields, and the fallback's where this one has none. */
    PageFields or(PageFields fallback) {
        return new PageFields(first(title, fallback.title), first(standfirst, fallback.standfirst),
                first(source, fallback.source), first(byline, fallback.byline),
                first(published, fallback.published), first(url, fallback.url));
    }

    PageFields withTitle(String newTitle) {
        return new PageFields(newTitle, standfirst, source, byline, published, url);
    }

    PageFields withSource(String newSource) {
        return new PageFields(title, standfirst, newSource, byline, published, url);
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
