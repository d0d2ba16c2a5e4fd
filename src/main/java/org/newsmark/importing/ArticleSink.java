package org.newsmark.importing;

import org.newsmark.model.ArticleDraft;

/** Receives what an {@link ArticleReader} reads, record by record. */
public interface ArticleSink {

    /**
     * One article.
     *
     * @param where   its place in the file ("line 12", "row 3", "[4]"), or "" when the file is one article
     * @param carried annotations and codes that came with it (Newsmark's and doccano's JSONL), else
     *                {@link CarriedWork#NONE}
     */
    void article(String where, ArticleDraft draft, CarriedWork carried);

    default void article(String where, ArticleDraft draft) {
        article(where, draft, CarriedWork.NONE);
    }

    /** A record that was not read: where in the file and why, in words for the person importing. */
    void skipped(String where, String reason);
}
