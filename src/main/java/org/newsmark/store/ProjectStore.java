package org.newsmark.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.Category;
import org.newsmark.model.Change;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.Codebook;
import org.newsmark.model.Concordance;
import org.newsmark.model.ConcordanceQuery;
import org.newsmark.model.CorpusRow;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;

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

    /**
     * Stores a batch of imported articles in one transaction. {@code codebookChanges} (categories and
     * fields the imported work needs) are applied first. Each new article's own work (its annotations,
     * codes, people) is stored with it or, if any of it does not fit, neither is: that article's
     * {@link AddedArticle#problem()} says why, and the rest of the batch is stored.
     */
    List<AddedArticle> importArticles(List<? extends Change> codebookChanges, List<NewArticle> articles);

    /** The outlets the articles come from, in alphabetical order. */
    List<String> outlets();

    /** Every article with its details, annotation counts by top-level category and document codes, by id. */
    List<CorpusRow> corpus();

    /**
     * The annotations a query selects across the corpus, in article order, each in its context; at
     * most {@code limit} of them, with how many there are in all.
     */
    Concordance concordance(ConcordanceQuery query, int limit);

    /**
     * Full-text search over titles, texts and notes (article notes and annotation notes): the page
     * of {@code limit} articles from {@code offset}, best first.
     */
    SearchResults search(SearchQuery query, int offset, int limit);

    /**
     * Where the search first matches in the article's text, as {start, end}; empty when it matches
     * only the title or the note.
     */
    Optional<int[]> firstMatch(long articleId, SearchQuery query);

    /**
     * Every article with what the findings count in it (docs/findings.md): details, annotation counts by
     * category, document codes, and content annotations with the speaker mentions they are attributed to.
     */
    List<CodedArticle> codedArticles();

    /** One article's {@link #codedArticles()} entry, or empty when it is not in the project. */
    Optional<CodedArticle> codedArticle(long articleId);

    /** The codebook: categories (a tree, with their attributes) and document fields. */
    Codebook codebook();

    /** The codebook's categories, in order. */
    default List<Category> categories() {
        return codebook().categories();
    }

    List<Annotation> annotations(long articleId);

    Optional<Annotation> annotation(UUID id);

    /** Every annotation, in any article, of these categories. */
    List<Annotation> annotationsOfCategories(Set<Long> categoryIds);

    /** Every annotation, in any article, that has a value for this attribute. */
    List<Annotation> annotationsWithAttribute(long attributeId);

    /** The codings of every article that has a value for this document field. */
    List<ArticleCoding> codingsWithField(long fieldId);

    /** The links, in any article, from or to any of these annotations. */
    List<Link> linksTouching(java.util.Collection<UUID> annotationIds);

    /** Every speaker mention of a person, in any article. */
    List<Annotation> mentionsOf(UUID personId);

    List<Link> links(long articleId);

    /** The article's note and document codes. */
    ArticleCoding coding(long articleId);

    /** The speaker registry, by name. */
    List<Person> people();

    /** Each person's mentions, attributed content and articles, for the speakers view. */
    List<SpeakerSummary> speakerSummaries();

    /**
     * Applies changes in one transaction: all of them or, if any is invalid, none. Spans are checked
     * against their article's text, links against their article and for cycles.
     */
    void apply(List<? extends Change> changes);

    /** A value the project keeps about itself (such as the article last viewed). */
    Optional<String> setting(String key);

    void putSetting(String key, String value);

    @Override
    void close();

    /**
     * An article to import, and the work that comes with it, made once its id is known (or
     * {@link #NO_WORK}). The work is not stored for an article that turns out to be a duplicate.
     */
    record NewArticle(ArticleDraft draft, java.util.function.LongFunction<List<Change>> work) {

        public static final java.util.function.LongFunction<List<Change>> NO_WORK = id -> List.of();

        public NewArticle(ArticleDraft draft) {
            this(draft, NO_WORK);
        }
    }

    /**
     * The outcome of adding one article.
     *
     * @param id      the new article's id, the existing one's for a duplicate, 0 when it was not stored
     * @param problem why the article was not stored (its work did not fit), or null
     */
    record AddedArticle(long id, boolean duplicate, String problem) {

        public AddedArticle(long id, boolean duplicate) {
            this(id, duplicate, null);
        }

        public boolean stored() {
            return problem == null && !duplicate;
        }
    }

    /**
     * A person with how often they appear: mentions, content attributed to their mentions (by the
     * content's category name, e.g. "Expert quote" → 2) and the articles they appear in.
     */
    record SpeakerSummary(Person person, int mentions, java.util.Map<String, Integer> attributed, List<ArticleSummary> articles) {
    }
}
