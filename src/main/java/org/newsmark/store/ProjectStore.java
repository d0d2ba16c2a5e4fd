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
import org.newsmark.model.SpeakerSummary;
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

    /** The project setting that holds the name the project's own work is recorded under. */
    String CODER_SETTING = "coder.name";

    /** The coder's name when a project has none set: the user name on this computer. */
    static String defaultCoder() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "coder" : user;
    }

    /**
     * The name this project's own work is recorded under (its annotations, links, attribute values
     * and document codes): the project's coder setting, else the user name on this computer.
     */
    default String coder() {
        return setting(CODER_SETTING).filter(name -> !name.isBlank()).orElseGet(ProjectStore::defaultCoder);
    }

    Path file();

    /** Whether this project refuses changes, and {@link #readOnlyReason()} says why. */
    boolean isReadOnly();

    /** Why the project was opened read-only, or empty when it is writable. */
    Optional<String> readOnlyReason();

    List<ArticleSummary> articles();

    /** Every article's id by the hash of its text ({@link Article#contentHash()}). */
    java.util.Map<String, Long> contentHashes();

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

    /**
     * {@link #codedArticles()} as these coders alone coded them (their annotations, attributions and
     * document codes; the curator's alone: the gold version); every coder's when the list is empty.
     */
    List<CodedArticle> codedArticles(List<String> coders);

    /** One article's {@link #codedArticles()} entry, or empty when it is not in the project. */
    Optional<CodedArticle> codedArticle(long articleId);

    /** One article's {@link #codedArticles(List)} entry: these coders' work alone (every coder's for an empty list). */
    Optional<CodedArticle> codedArticle(long articleId, List<String> coders);

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

    /**
     * Every coder's document codes of an article (of every article for {@code articleId} 0), each
     * coder's as one coding with {@link ArticleCoding#coder()} set and no note.
     */
    List<ArticleCoding> codingsOfAllCoders(long articleId);

    /**
     * Who coded which article: every coder who made an annotation or a document code in it, or
     * whose work on it was imported or merged (even when they found nothing to mark), by article id.
     */
    java.util.SortedMap<Long, java.util.SortedSet<String>> articleCoders();

    /** Everyone who coded anything in the project: the coders of {@link #articleCoders()} together. */
    java.util.SortedSet<String> coders();

    /** {@link #articleCoders()} of one article: who coded it (empty when nobody did, or it is not in the project). */
    java.util.SortedSet<String> articleCoders(long articleId);

    /** Every link of the project, by article. */
    List<Link> allLinks();

    /** Every annotation of the project as a coded span, by article and start: a bulk read for agreement studies. */
    List<org.newsmark.model.CodedSpan> codedSpans();

    /** The speaker registry, by name. */
    List<Person> people();

    /** Each person's mentions, attributed content and articles, for the speakers view. */
    List<SpeakerSummary> speakerSummaries();

    /**
     * Applies changes in one transaction: all of them or, if any is invalid, none. Spans are checked
     * against their article's text, links against their article and for cycles.
     */
    void apply(List<? extends Change> changes);

    /**
     * What is known to be wrong with the file (SQLite's integrity check, run when a project is
     * opened, or by {@link #checkIntegrity()} for a large one); empty when nothing is known to be. A
     * damaged project is read-only: Newsmark never writes to a damaged file.
     */
    Optional<String> damage();

    /** Whether the file's integrity has been checked since it was opened. */
    boolean integrityChecked();

    /**
     * Checks the file's integrity now, on a connection of its own so saves go on meanwhile, and makes
     * the project read-only if it is damaged. Returns what is wrong, or empty.
     */
    Optional<String> checkIntegrity();

    /**
     * Writes a consistent copy of the project to {@code target} (which must not exist), as it is now,
     * while the project stays open: SQLite's online backup.
     */
    void saveBackup(Path target);

    /**
     * Writes a repaired copy of a damaged project to {@code target} (which must not exist): every table
     * copied and every index rebuilt, checked whole before it is kept. Throws when the damage is of a
     * kind this cannot mend; {@code target} is then not left behind.
     */
    void saveRepairedCopy(Path target);

    /**
     * A second store on the same file, for reading only, with a connection of its own: for long reads
     * (exports, reports) that must not hold up the saves made meanwhile. The caller closes it.
     */
    ProjectStore openReader();

    /**
     * A number that changes whenever another program (a command-line import, another window) has
     * committed a change to the file since the last call; unchanged by this store's own writes.
     */
    long outsideChanges();

    /**
     * The suggested attributions a coder rejected in an article, each by its spans as
     * {@code org.newsmark.suggest.SuggestionKey} writes them (docs/schema.md, {@code rejected_suggestion}).
     */
    java.util.Set<String> rejectedSuggestions(long articleId);

    /** Remembers that a suggestion (by its spans) was rejected in an article, so it is not suggested again. */
    void rejectSuggestion(long articleId, String spans, String annotator);

    /** Forgets the rejected suggestions of an article: they are suggested again. Returns how many were forgotten. */
    int forgetRejectedSuggestions(long articleId);

    /** A value the project keeps about itself (such as the article last viewed). */
    Optional<String> setting(String key);

    void putSetting(String key, String value);

    @Override
    void close();

    /**
     * An article to import, and the work that comes with it, made once its id is known (or
     * {@link #NO_WORK}). For an article whose text the project already holds, the work is added
     * beside what is there (another coder's): annotations and links already in the project (by id)
     * and a coder's document codes where that coder has some are left as they are.
     *
     * @param coders who coded the article in the file it comes from (recorded even if they marked nothing)
     */
    record NewArticle(ArticleDraft draft, java.util.function.LongFunction<List<Change>> work, Set<String> coders) {

        public static final java.util.function.LongFunction<List<Change>> NO_WORK = id -> List.of();

        public NewArticle {
            coders = coders == null ? Set.of() : Set.copyOf(coders);
        }

        public NewArticle(ArticleDraft draft, java.util.function.LongFunction<List<Change>> work) {
            this(draft, work, Set.of());
        }

        public NewArticle(ArticleDraft draft) {
            this(draft, NO_WORK);
        }

        public boolean bringsWork() {
            return work != NO_WORK || !coders.isEmpty();
        }
    }

    /** What another coder's work added to an article already in the project. */
    record WorkAdded(int annotations, int links, int codes, int alreadyThere) {

        public static final WorkAdded NOTHING = new WorkAdded(0, 0, 0, 0);

        public boolean isEmpty() {
            return annotations == 0 && links == 0 && codes == 0;
        }
    }

    /**
     * The outcome of adding one article.
     *
     * @param id      the new article's id, the existing one's for a duplicate, 0 when it was not stored
     * @param problem why the article (or, for a duplicate, the work it brought) was not stored, or null
     * @param merged  for a duplicate, what its work added beside the project's
     */
    record AddedArticle(long id, boolean duplicate, String problem, WorkAdded merged) {

        public AddedArticle {
            merged = merged == null ? WorkAdded.NOTHING : merged;
        }

        public AddedArticle(long id, boolean duplicate, String problem) {
            this(id, duplicate, problem, WorkAdded.NOTHING);
        }

        public AddedArticle(long id, boolean duplicate) {
            this(id, duplicate, null);
        }

        public boolean stored() {
            return problem == null && !duplicate;
        }
    }
}
