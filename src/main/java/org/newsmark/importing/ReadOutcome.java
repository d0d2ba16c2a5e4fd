package org.newsmark.importing;

import java.util.List;
import org.newsmark.model.ArticleDraft;

/**
 * The articles read from one file, and the records that were skipped (for a collection: which line,
 * row or element, and why).
 */
public record ReadOutcome(List<ArticleDraft> articles, List<Skipped> skipped) {

    /** A record of a collection that was not read: where in the file ("line 12") and why. */
    public record Skipped(String where, String reason) {
    }

    public ReadOutcome {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    public static ReadOutcome of(ArticleDraft article) {
        return new ReadOutcome(List.of(article), List.of());
    }
}
