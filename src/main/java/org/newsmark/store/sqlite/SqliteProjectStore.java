package org.newsmark.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleDetailsChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Concordance;
import org.newsmark.model.ConcordanceQuery;
import org.newsmark.model.CorpusRow;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.Change;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.Codebook;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.model.DocumentFieldChange;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.SpeakerSummary;
import org.newsmark.model.InvalidQueryException;
import org.newsmark.model.PersonChange;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ReadOnlyProjectException;
import org.newsmark.store.StoreException;

/**
 * A project in one SQLite file (schema in docs/schema.md). One connection, used by one thread at a
 * time: every public method holds this object's monitor.
 */
public final class SqliteProjectStore implements ProjectStore {

    private static final System.Logger LOG = System.getLogger(SqliteProjectStore.class.getName());

    private static final int CACHED_TEXTS = 8;

    private final Path file;
    private final Connection connection;
    private final Jdbc jdbc;
    private final ProjectLock lock;
    private final String readOnlyReason;
    /** What the integrity check found wrong; a damaged project is never written to. */
    private volatile String damage;
    private volatile boolean integrityChecked;
    private final Path temporaryCopy;
    private final LogFolder logFolder;
    /** Article texts never change once imported, so the spans of new annotations are checked against a cache. */
    private final Map<Long, String> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHED_TEXTS;
        }
    };
    private boolean closed;

    /** @param temporaryCopy the copy read instead of the project, deleted on close (see {@link TemporaryCopy}); or null */
    SqliteProjectStore(Path file, Connection connection, ProjectLock lock, String readOnlyReason, Path temporaryCopy) {
        this.file = file;
        this.connection = connection;
        this.jdbc = new Jdbc(file, connection);
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.temporaryCopy = temporaryCopy;
        this.logFolder = new LogFolder(file);
    }

    /** Opens (or creates, as the mode allows) a project; a new project gets the news-sourcing codebook. */
    public static SqliteProjectStore open(Path file, OpenMode mode) {
        return open(file, mode, Codebooks.newsSourcing());
    }

    public static SqliteProjectStore open(Path file, OpenMode mode, CodebookDraft codebookForNewProject) {
        return ProjectOpener.open(file, mode, codebookForNewProject);
    }

    /**
     * Opens a project for reading only, saying why ({@code reason} completes "read-only: …", e.g.
     * "open for writing in another Newsmark window").
     */
    public static SqliteProjectStore openReadOnly(Path file, String reason) {
        return ProjectOpener.openReadOnly(file.toAbsolutePath().normalize(), reason);
    }

    /** The schema version this build writes. */
    public static int schemaVersion() {
        return Migrations.LATEST;
    }

    /** The connection itself, for tests in this package that imitate a full disk. */
    Connection connection() {
        return connection;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public boolean isReadOnly() {
        return readOnlyReason != null || damage != null;
    }

    @Override
    public Optional<String> readOnlyReason() {
        if (damage != null) {
            return Optional.of("it is damaged (" + damage + "); Newsmark does not write to a damaged project. "
                    + "Save a repaired copy and work on that");
        }
        return Optional.ofNullable(readOnlyReason);
    }

    @Override
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    @Override
    public boolean integrityChecked() {
        return integrityChecked;
    }

    /** The file SQLite reads: the project, or the temporary copy read instead of it. */
    private Path readable() {
        return temporaryCopy != null ? temporaryCopy : file;
    }

    @Override
    public Optional<String> checkIntegrity() {
        requireOpen("check the project");
        try (Connection own = ReadOnlyAccess.connect(readable())) {
            return recordIntegrity(IntegrityCheck.run(own));
        } catch (SQLException e) {
            throw SqlErrors.translate(file, "check the project", e);
        }
    }

    /** Checks on the project's own connection, while it is opened and nothing else uses it. */
    synchronized Optional<String> checkIntegrityAtOpen() {
        return read("check the project", connection -> recordIntegrity(IntegrityCheck.run(connection)));
    }

    private Optional<String> recordIntegrity(Optional<String> problem) {
        problem.ifPresent(found -> {
            damage = found;
            LOG.log(System.Logger.Level.ERROR, file + " is damaged: " + found);
        });
        integrityChecked = true;
        return problem;
    }

    @Override
    public ProjectStore openReader() {
        requireOpen("read the project");
        try {
            SqliteProjectStore reader = new SqliteProjectStore(file, ReadOnlyAccess.connect(readable()), null,
                    readOnlyReason().orElse("a second reader"), null);
            reader.damage = damage;
            reader.integrityChecked = integrityChecked;
            return reader;
        } catch (SQLException e) {
            throw SqlErrors.translate(file, "read the project", e);
        }
    }

    @Override
    public synchronized long outsideChanges() {
        return query("look for changes", "PRAGMA data_version", statement -> { }, rows -> rows.getLong(1)).get(0);
    }

    @Override
    public void saveBackup(Path target) {
        requireOpen("save a copy");
        ProjectCopies.backUp(readable(), target);
    }

    @Override
    public void saveRepairedCopy(Path target) {
        requireOpen("save a repaired copy");
        ProjectCopies.repair(readable(), target);
    }

    @Override
    public synchronized List<ArticleSummary> articles() {
        String sql = "SELECT a.id, a.title, a.source, (SELECT count(*) FROM annotation n WHERE n.article_id = a.id) "
                + "FROM article a ORDER BY a.id";
        return query("read the article list", sql, statement -> { }, rows ->
                new ArticleSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
    }

    @Override
    public synchronized Map<String, Long> contentHashes() {
        Map<String, Long> hashes = new java.util.HashMap<>();
        query("read the articles", "SELECT content_hash, id FROM article", statement -> { }, rows -> {
            hashes.put(rows.getString(1), rows.getLong(2));
            return null;
        });
        return hashes;
    }

    @Override
    public synchronized Optional<Article> article(long id) {
        List<Article> found = query("read the article", "SELECT " + Rows.ARTICLE_COLUMNS + " FROM article WHERE id = ?",
                statement -> statement.setLong(1, id), Rows::article);
        found.forEach(article -> texts.put(article.id(), article.text()));
        return found.stream().findFirst();
    }

    @Override
    public AddedArticle addArticle(ArticleDraft draft) {
        return addArticles(List.of(draft)).get(0);
    }

    @Override
    public List<AddedArticle> addArticles(List<ArticleDraft> drafts) {
        return importArticles(List.of(), drafts.stream().map(NewArticle::new).toList());
    }

    @Override
    public synchronized List<AddedArticle> importArticles(List<? extends Change> codebookChanges, List<NewArticle> articles) {
        requireWritable("import articles");
        // Import batches are not synced to disk one by one: a power cut can lose the last moments of an
        // import (which can be run again, its duplicates skipped), never anything it leaves half-written.
        // The next annotation saved, or the folding of the log, syncs them with it.
        setSynchronous("NORMAL");
        try {
            List<AddedArticle> added = jdbc.inTransaction("import the articles", connection -> {
                ChangeChecks checks = new ChangeChecks(connection, this::textOf);
                for (Change change : codebookChanges) {
                    checks.check(change);
                    write(connection, change);
                }
                return new ArticleImport(connection, SqliteProjectStore::write).insert(articles);
            });
            mergeIndex(articles);
            logFolder.request();
            return added;
        } finally {
            setSynchronous("FULL");
        }
    }

    @Override
    public synchronized List<String> outlets() {
        return query("read the outlets", "SELECT DISTINCT source FROM article WHERE source IS NOT NULL AND source <> '' "
                + "ORDER BY source COLLATE NOCASE", statement -> { }, rows -> rows.getString(1));
    }

    @Override
    public synchronized List<CorpusRow> corpus() {
        return read("read the corpus", CorpusRows::read);
    }

    @Override
    public synchronized Concordance concordance(ConcordanceQuery query, int limit) {
        return read("read the annotations", connection -> ConcordanceRows.read(connection, query, limit));
    }

    @Override
    public synchronized SearchResults search(SearchQuery query, int offset, int limit) {
        return read("search", connection -> {
            try {
                return SearchRows.search(connection, query, offset, limit);
            } catch (SQLException e) {
                throw searchProblem(e);
            }
        });
    }

    @Override
    public synchronized Optional<int[]> firstMatch(long articleId, SearchQuery query) {
        return read("find the match", connection -> {
            try {
                return SearchRows.firstMatch(connection, articleId, query);
            } catch (SQLException e) {
                throw searchProblem(e);
            }
        });
    }

    /** The search engine's complaint about a query, in words; anything else is a problem with the file. */
    private static SQLException searchProblem(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("fts5") || message.contains("malformed MATCH")) {
            throw new InvalidQueryException("This search cannot be run as typed (" + message.replaceFirst("^.*?fts5: ", "")
                    + "); put words in quotes to search for them as they are.");
        }
        return e;
    }

    @Override
    public synchronized List<CodedArticle> codedArticles() {
        return read("read the coded articles", connection -> CodedArticleRows.read(connection, null));
    }

    @Override
    public synchronized List<CodedArticle> codedArticles(List<String> coders) {
        return read("read the coded articles", connection -> CodedArticleRows.read(connection, null, List.copyOf(coders)));
    }

    @Override
    public synchronized Optional<CodedArticle> codedArticle(long articleId, List<String> coders) {
        return read("read the coded article", connection -> CodedArticleRows.read(connection, articleId, List.copyOf(coders)))
                .stream().findFirst();
    }

    @Override
    public synchronized Optional<CodedArticle> codedArticle(long articleId) {
        return read("read the coded article", connection -> CodedArticleRows.read(connection, articleId)).stream().findFirst();
    }

    @Override
    public synchronized Codebook codebook() {
        return read("read the codebook", CodebookRows::read);
    }

    @Override
    public synchronized List<Annotation> annotations(long articleId) {
        return read("read the annotations", connection -> AnnotationRows.read(connection, "annotation.article_id = ?",
                "start_offset, end_offset DESC, created", statement -> statement.setLong(1, articleId)));
    }

    @Override
    public synchronized Optional<Annotation> annotation(UUID id) {
        return read("read the annotation", connection -> AnnotationRows.read(connection, "annotation.id = ?", "id",
                statement -> statement.setString(1, id.toString()))).stream().findFirst();
    }

    @Override
    public synchronized List<Annotation> annotationsOfCategories(Set<Long> categoryIds) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(categoryIds.size(), "?"));
        List<Long> ids = List.copyOf(categoryIds);
        return read("read the annotations", connection -> AnnotationRows.read(connection,
                "annotation.category_id IN (" + placeholders + ")", "article_id, start_offset", statement -> {
                    for (int i = 0; i < ids.size(); i++) {
                        statement.setLong(i + 1, ids.get(i));
                    }
                }));
    }

    @Override
    public synchronized List<Annotation> annotationsWithAttribute(long attributeId) {
        return read("read the annotations", connection -> AnnotationRows.read(connection,
                "annotation.id IN (SELECT annotation_id FROM annotation_attribute WHERE attribute_id = ?)",
                "article_id, start_offset", statement -> statement.setLong(1, attributeId)));
    }

    @Override
    public synchronized List<ArticleCoding> codingsWithField(long fieldId) {
        String coder = coder();
        List<Long> articles = query("read the document codes",
                "SELECT article_id FROM article_code WHERE field_id = ? AND annotator = ?",
                statement -> {
                    statement.setLong(1, fieldId);
                    statement.setString(2, coder);
                }, rows -> rows.getLong(1));
        return read("read the document codes", connection -> {
            List<ArticleCoding> codings = new ArrayList<>();
            for (long article : articles) {
                codings.add(CodingRows.read(connection, article));
            }
            return codings;
        });
    }

    @Override
    public synchronized List<Link> linksTouching(java.util.Collection<UUID> annotationIds) {
        return read("read the links", connection -> LinkRows.touching(connection, annotationIds));
    }

    @Override
    public synchronized List<Annotation> mentionsOf(UUID personId) {
        return read("read the mentions", connection -> AnnotationRows.read(connection, "annotation.person_id = ?",
                "article_id, start_offset", statement -> statement.setString(1, personId.toString())));
    }

    @Override
    public synchronized List<Link> links(long articleId) {
        return read("read the links", connection -> LinkRows.read(connection, articleId));
    }

    @Override
    public synchronized ArticleCoding coding(long articleId) {
        return read("read the article's codes", connection -> CodingRows.read(connection, articleId));
    }

    @Override
    public synchronized List<ArticleCoding> codingsOfAllCoders(long articleId) {
        return read("read the document codes", connection -> CodingRows.readAllCoders(connection, articleId));
    }

    @Override
    public synchronized java.util.SortedMap<Long, java.util.SortedSet<String>> articleCoders() {
        java.util.SortedMap<Long, java.util.SortedSet<String>> coders = new java.util.TreeMap<>();
        query("read the coders", "SELECT article_id, annotator FROM article_coder", statement -> { }, rows -> {
            coders.computeIfAbsent(rows.getLong(1), id -> new java.util.TreeSet<>()).add(rows.getString(2));
            return null;
        });
        return coders;
    }

    @Override
    public synchronized java.util.SortedSet<String> coders() {
        return new java.util.TreeSet<>(query("read the coders", "SELECT DISTINCT annotator FROM article_coder", statement -> { },
                rows -> rows.getString(1)));
    }

    @Override
    public synchronized java.util.SortedSet<String> articleCoders(long articleId) {
        java.util.SortedSet<String> coders = new java.util.TreeSet<>();
        query("read the coders", "SELECT annotator FROM article_coder WHERE article_id = ?", statement -> statement.setLong(1, articleId),
                rows -> {
                    coders.add(rows.getString(1));
                    return null;
                });
        return coders;
    }

    @Override
    public synchronized List<org.newsmark.model.CodedSpan> codedSpans() {
        return read("read the annotations", AnnotationRows::readSpans);
    }

    @Override
    public synchronized List<Link> allLinks() {
        return read("read the links", LinkRows::readAll);
    }

    @Override
    public synchronized List<Person> people() {
        return read("read the speakers", PersonRows::read);
    }

    @Override
    public synchronized List<SpeakerSummary> speakerSummaries() {
        return read("read the speakers", PersonRows::summaries);
    }

    @Override
    public synchronized void apply(List<? extends Change> changes) {
        requireWritable("save the change");
        jdbc.inTransaction("save the change", connection -> {
            ChangeChecks checks = new ChangeChecks(connection, this::textOf);
            for (Change change : changes) {
                checks.check(change);
                write(connection, change);
            }
            return null;
        });
    }

    static void write(Connection connection, Change change) throws SQLException {
        if (change instanceof AnnotationChange annotation) {
            AnnotationRows.write(connection, annotation);
        } else if (change instanceof LinkChange link) {
            LinkRows.write(connection, link);
        } else if (change instanceof CategoryChange category) {
            CodebookRows.write(connection, category);
        } else if (change instanceof DocumentFieldChange field) {
            CodebookRows.write(connection, field);
        } else if (change instanceof PersonChange person) {
            PersonRows.write(connection, person);
        } else if (change instanceof ArticleCodingChange coding) {
            CodingRows.write(connection, coding);
        } else if (change instanceof ArticleDetailsChange details) {
            CorpusRows.write(connection, details);
        } else {
            throw new IllegalArgumentException("No way to save a " + change.getClass().getSimpleName());
        }
    }

    /**
     * Article texts never change once imported, so spans are checked against a small cache of them.
     * Read and cached in two steps: a read that fills the cache must not run inside the cache's own
     * update (a map cannot be changed while it computes an entry).
     */
    private String textOf(long articleId) {
        String cached = texts.get(articleId);
        if (cached != null) {
            return cached;
        }
        String text = query("read the article", "SELECT text FROM article WHERE id = ?",
                statement -> statement.setLong(1, articleId), rows -> rows.getString(1)).stream().findFirst().orElse(null);
        if (text != null) {
            texts.put(articleId, text);
        }
        return text;
    }

    @Override
    public synchronized java.util.Set<String> rejectedSuggestions(long articleId) {
        return new java.util.LinkedHashSet<>(query("read the rejected suggestions",
                "SELECT spans FROM rejected_suggestion WHERE article_id = ? ORDER BY rejected",
                statement -> statement.setLong(1, articleId), rows -> rows.getString(1)));
    }

    @Override
    public synchronized void rejectSuggestion(long articleId, String spans, String annotator) {
        requireWritable("remember the rejected suggestion");
        jdbc.inTransaction("remember the rejected suggestion", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO rejected_suggestion "
                    + "(article_id, spans, annotator, rejected) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                statement.setLong(1, articleId);
                statement.setString(2, spans);
                statement.setString(3, annotator == null ? "" : annotator);
                statement.setString(4, Timestamps.format(java.time.Instant.now()));
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized int forgetRejectedSuggestions(long articleId) {
        requireWritable("forget the rejected suggestions");
        return jdbc.inTransaction("forget the rejected suggestions", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM rejected_suggestion WHERE article_id = ?")) {
                statement.setLong(1, articleId);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public synchronized Optional<String> setting(String key) {
        return query("read a project setting", "SELECT value FROM project_setting WHERE key = ?",
                statement -> statement.setString(1, key), rows -> rows.getString(1)).stream().findFirst();
    }

    @Override
    public synchronized void putSetting(String key, String value) {
        requireWritable("save a project setting");
        jdbc.inTransaction("save a project setting", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO project_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                statement.setString(1, key);
                statement.setString(2, value);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Merges some of the full-text index's segments, about as much as the batch just added. The
     * index's own merging (off since schema 4) works in lumps that grow with the corpus: at 100,000
     * articles one batch could take 150 ms, and a save behind it wait as long. Small steady merges
     * keep every batch short and the index as compact as the automatic ones would.
     */
    private void mergeIndex(List<NewArticle> batch) {
        long chars = batch.stream().mapToLong(article -> article.draft().text().length()).sum();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('merge', " + (16 + chars / 256) + ")");
        } catch (SQLException e) {
            // The batch is stored; an index left unmerged is only slower, and the next batch merges it.
            LOG.log(System.Logger.Level.INFO, "Could not merge the search index of " + file.getFileName() + " this time", e);
        }
    }

    private void setSynchronous(String level) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA synchronous = " + level);
        } catch (SQLException e) {
            throw SqlErrors.translate(file, "import the articles", e);
        }
    }

    /**
     * Closes the project. A writable project is checkpointed first, so the one project file holds
     * everything and can be copied on its own.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        logFolder.close();
        try {
            if (!isReadOnly()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException e) {
                    // another reader holds the log; SQLite folds it in on the next open
                    LOG.log(System.Logger.Level.INFO, "Could not fold the log of " + file.getFileName() + " in on closing", e);
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(file, "close the project", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
            TemporaryCopy.deleteQuietly(temporaryCopy);
        }
    }

    private void requireWritable(String action) {
        if (closed) {
            throw new StoreException("Could not " + action + ": the project is closed.");
        }
        if (isReadOnly()) {
            throw new ReadOnlyProjectException("Could not " + action + ": " + file.getFileName()
                    + " is read-only (" + readOnlyReason().orElseThrow() + ").");
        }
    }

    private <T> List<T> query(String action, String sql, Jdbc.Binder binder, Jdbc.RowMapper<T> mapper) {
        requireOpen(action);
        return jdbc.query(action, sql, binder, mapper);
    }

    private <T> T read(String action, Jdbc.Work<T> work) {
        requireOpen(action);
        return jdbc.read(action, work);
    }

    private void requireOpen(String action) {
        if (closed) {
            throw new StoreException("Could not " + action + ": the project is closed.");
        }
    }
}
