package org.newsmark.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.Category;

/**
 * A Newsmark project: one file holding articles, the codebook and annotations.
 *
 * <p>Every method that changes data commits before it returns; there is nothing to save later.
 * Implementations are safe to call from several threads, but callers on the JavaFX thread must not
 * call them directly: they touch the disk.
 */
public interface ProjectStore extends AutoCloseable {

    Path file();

    /** Whether this project refuses changes, and {@link #readOnlyReason()} says why. */
    boolean isReadOnly();

    /** Why the project was opened read-only, or empty when it is writable. */
    Optional<String> readOnlyReason();

    List<ArticleSummary> articles();

    Optional<Article> article(long id);

    /**
     * Stores an article unless one with the same text is already there.
     *
     * @return the new article's id, or the existing one's for a duplicate
     */
    AddedArticle addArticle(ArticleDraft draft);

    /** Stores several articles in one transaction: all of them or, on an error, none. */
    List<AddedArticle> addArticles(List<ArticleDraft> drafts);

    List<Category> categories();

    List<Annotation> annotations(long articleId);

    Optional<Annotation> annotation(java.util.UUID id);

    /**
     * Applies changes to annotations in one transaction. Each change's span is checked against its
     * article's text; nothing is written if any change is invalid.
     */
    void apply(List<AnnotationChange> changes);

    /** A value the project keeps about itself (such as the article last viewed). */
    Optional<String> setting(String key);

    void putSetting(String key, String value);

    @Override
    void close();

    /** The outcome of adding one article. */
    record AddedArticle(long id, boolean duplicate) {
    }
}
