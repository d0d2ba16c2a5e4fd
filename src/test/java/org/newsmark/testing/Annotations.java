package org.newsmark.testing;

import java.time.Instant;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.TextSpans;

/** Builds annotations of real article text for tests. */
public final class Annotations {

    private Annotations() {
    }

    /** The id of the project's category with this name. */
    public static long category(org.newsmark.store.ProjectStore store, String name) {
        return store.codebook().byName(name).orElseThrow(() -> new IllegalArgumentException("No category " + name)).id();
    }

    /** An annotation of the first occurrence of {@code quote} in the article. */
    public static Annotation of(Article article, String quote, long categoryId) {
        int start = article.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + quote + "\" is not in " + article.title());
        }
        return at(article, start, start + quote.length(), categoryId);
    }

    public static Annotation at(Article article, int start, int end, long categoryId) {
        String text = article.text();
        Instant now = Instant.parse("2026-11-27T10:15:30.123Z");
        return new Annotation(UUID.randomUUID(), article.id(), categoryId, start, end, text.substring(start, end),
                TextSpans.prefix(text, start), TextSpans.suffix(text, end), "", "tester", now, now);
    }
}
