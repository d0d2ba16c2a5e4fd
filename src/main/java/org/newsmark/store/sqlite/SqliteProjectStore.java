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
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.model.TextSpans;
import org.newsmark.store.InvalidSpanException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ReadOnlyProjectException;
import org.newsmark.store.StoreException;

/**
 * A project in one SQLite file (schema in docs/schema.md). One connection, used by one thread at a
 * time: every public method holds this object's monitor.
 */
public final class SqliteProjectStore implements ProjectStore {

    private static final int CACHED_TEXTS = 8;

    private final Path file;
    private final Connection connection;
    private final Jdbc jdbc;
    private final ProjectLock lock;
    private final String readOnlyReason;
    /** Article texts never change once imported, so the spans of new annotations are checked against a cache. */
    private final Map<Long, String> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHED_TEXTS;
        }
    };
    private boolean closed;

    SqliteProjectStore(Path file, Connection connection, ProjectLock lock, String readOnlyReason) {
        this.file = file;
        this.connection = connection;
        this.jdbc = new Jdbc(file, connection);
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
    }

    /** Opens (or creates, as the mode allows) a project; a new project gets the news-sourcing codebook. */
    public static SqliteProjectStore open(Path file, OpenMode mode) {
        return open(file, mode, Codebooks.newsSourcing());
    }

    public static SqliteProjectStore open(Path file, OpenMode mode, List<CategoryDraft> codebookForNewProject) {
        return ProjectOpener.open(file, mode, codebookForNewProject);
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
        return readOnlyReason != null;
    }

    @Override
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    @Override
    public synchronized List<ArticleSummary> articles() {
        String sql = "SELECT a.id, a.title, a.source, (SELECT count(*) FROM annotation n WHERE n.article_id = a.id) "
                + "FROM article a ORDER BY a.id";
        return query("read the article list", sql, statement -> { }, rows ->
                new ArticleSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
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
    public synchronized List<AddedArticle> addArticles(List<ArticleDraft> drafts) {
        requireWritable("import articles");
        return jdbc.inTransaction("import the articles", connection -> {
            List<AddedArticle> added = new ArrayList<>(drafts.size());
            String now = Timestamps.format(Instant.now());
            try (PreparedStatement existing = connection.prepareStatement("SELECT id FROM article WHERE content_hash = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO article "
                         + "(title, standfirst, source, byline, published, url, text, content_hash, imported_at) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                for (ArticleDraft draft : drafts) {
                    String hash = draft.contentHash();
                    existing.setString(1, hash);
                    try (ResultSet rows = existing.executeQuery()) {
                        if (rows.next()) {
                            added.add(new AddedArticle(rows.getLong(1), true));
                            continue;
                        }
                    }
                    insert.setString(1, draft.title());
                    insert.setString(2, draft.standfirst());
                    insert.setString(3, draft.source());
                    insert.setString(4, draft.byline());
                    insert.setString(5, draft.published());
                    insert.setString(6, draft.url());
                    insert.setString(7, draft.text());
                    insert.setString(8, hash);
                    insert.setString(9, now);
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        added.add(new AddedArticle(rows.getLong(1), false));
                    }
                }
            }
            return added;
        });
    }

    @Override
    public synchronized List<Category> categories() {
        return query("read the codebook", "SELECT " + Rows.CATEGORY_COLUMNS + " FROM category ORDER BY position, id",
                statement -> { }, Rows::category);
    }

    @Override
    public synchronized List<Annotation> annotations(long articleId) {
        return query("read the annotations", "SELECT " + Rows.ANNOTATION_COLUMNS
                + " FROM annotation WHERE article_id = ? ORDER BY start_offset, end_offset DESC, created",
                statement -> statement.setLong(1, articleId), Rows::annotation);
    }

    @Override
    public synchronized Optional<Annotation> annotation(UUID id) {
        return query("read the annotation", "SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotation WHERE id = ?",
                statement -> statement.setString(1, id.toString()), Rows::annotation).stream().findFirst();
    }

    @Override
    public synchronized void apply(List<AnnotationChange> changes) {
        requireWritable("save the change");
        for (AnnotationChange change : changes) {
            if (change.after() != null) {
                checkSpan(change.after());
            }
        }
        jdbc.inTransaction("save the change", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotation WHERE id = ?");
                 PreparedStatement upsert = connection.prepareStatement("INSERT INTO annotation (" + Rows.ANNOTATION_COLUMNS
                         + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                         + "category_id = excluded.category_id, note = excluded.note, updated = excluded.updated")) {
                for (AnnotationChange change : changes) {
                    Annotation after = change.after();
                    if (after == null) {
                        delete.setString(1, change.annotationId().toString());
                        delete.executeUpdate();
                        continue;
                    }
                    Rows.bind(upsert, after);
                    upsert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Refuses a span that does not lie in its article or does not quote it exactly. */
    private void checkSpan(Annotation annotation) {
        String text = texts.computeIfAbsent(annotation.articleId(), id -> article(id).map(Article::text).orElse(null));
        if (text == null) {
            throw new InvalidSpanException("The annotation refers to article " + annotation.articleId()
                    + ", which is not in this project.");
        }
        Optional<String> problem = TextSpans.problem(text, annotation.start(), annotation.end());
        if (problem.isPresent()) {
            throw new InvalidSpanException(problem.get() + ".");
        }
        if (!text.regionMatches(annotation.start(), annotation.text(), 0, annotation.length())) {
            throw new InvalidSpanException("The annotation's text \"" + annotation.text()
                    + "\" is not what the article says at " + annotation.start() + "-" + annotation.end() + ".");
        }
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
     * Closes the project. A writable project is checkpointed first, so the one project file holds
     * everything and can be copied on its own.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!isReadOnly()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // another reader holds the log; SQLite folds it in on the next open
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(file, "close the project", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private void requireWritable(String action) {
        if (closed) {
            throw new StoreException("Could not " + action + ": the project is closed.");
        }
        if (readOnlyReason != null) {
            throw new ReadOnlyProjectException("Could not " + action + ": " + file.getFileName()
                    + " is read-only (" + readOnlyReason + ").");
        }
    }

    private <T> List<T> query(String action, String sql, Jdbc.Binder binder, Jdbc.RowMapper<T> mapper) {
        if (closed) {
            throw new StoreException("Could not " + action + ": the project is closed.");
        }
        return jdbc.query(action, sql, binder, mapper);
    }
}
