package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Change;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.LinkRules;
import org.newsmark.store.InvalidChangeException;
import org.newsmark.store.ProjectStore.AddedArticle;
import org.newsmark.store.ProjectStore.NewArticle;
import org.newsmark.store.ProjectStore.WorkAdded;
import org.newsmark.store.StoreException;

/**
 * Adds a batch of articles inside the caller's transaction: each new text once (a text already in the
 * project, or earlier in the batch, is a duplicate), each article with its work or, behind a
 * savepoint, not at all. A duplicate's work (another coder's) is merged into the article already
 * there, also all or nothing.
 */
final class ArticleImport {

    interface Writer {
        void write(Connection connection, Change change) throws SQLException;
    }

    private static final int SQLITE_CONSTRAINT = 19;

    private final Connection connection;
    private final Writer writer;
    private ImportStatements statements;
    /** The texts of the articles stored so far in this batch: not committed yet, so checked from here. */
    private final Map<Long, String> newTexts = new HashMap<>();
    private ChangeChecks checks;

    ArticleImport(Connection connection, Writer writer) {
        this.connection = connection;
        this.writer = writer;
    }

    List<AddedArticle> insert(List<NewArticle> articles) throws SQLException {
        List<AddedArticle> added = new ArrayList<>(articles.size());
        String now = Timestamps.format(Instant.now());
        try (PreparedStatement existing = connection.prepareStatement("SELECT id FROM article WHERE content_hash = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO article "
                     + "(title, standfirst, source, byline, published, url, text, content_hash, imported_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
             ImportStatements work = new ImportStatements(connection)) {
            this.statements = work;
            // One set of checks for the batch's new articles: it reads the codebook once, not once per article.
            this.checks = new ChangeChecks(connection, newTexts::get);
            for (NewArticle article : articles) {
                ArticleDraft draft = article.draft();
                String hash = draft.contentHash();
                existing.setString(1, hash);
                long existingId = 0;
                try (ResultSet rows = existing.executeQuery()) {
                    if (rows.next()) {
                        existingId = rows.getLong(1);
                    }
                }
                if (existingId != 0) {
                    added.add(article.bringsWork() ? mergeInto(existingId, article) : new AddedArticle(existingId, true));
                    continue;
                }
                if (!article.bringsWork()) {
                    added.add(new AddedArticle(insertRow(insert, draft, hash, now), false));
                } else {
                    added.add(insertWithWork(insert, article, hash, now));
                }
            }
        }
        return added;
    }

    private AddedArticle insertWithWork(PreparedStatement insert, NewArticle article, String hash, String now)
            throws SQLException {
        execute("SAVEPOINT imported_article");
        try {
            long id = insertRow(insert, article.draft(), hash, now);
            // The new article's text is checked from the draft: it is not committed, so no cache may hold it.
            newTexts.put(id, article.draft().text());
            // Its annotations and links are checked among themselves, in memory, and inserted with statements
            // prepared once for the batch: nothing else in the project can belong to an article stored a moment ago.
            Map<UUID, Annotation> annotations = new HashMap<>();
            List<Link> links = new ArrayList<>();
            for (Change change : article.work().apply(id)) {
                if (change instanceof AnnotationChange annotation && annotation.before() == null) {
                    checks.check(change);
                    statements.insert(annotation.after());
                    annotations.put(annotation.after().id(), annotation.after());
                } else if (change instanceof LinkChange link && link.before() == null) {
                    Optional<String> problem = LinkRules.problem(link.after(), links, annotations);
                    if (problem.isPresent()) {
                        throw new InvalidChangeException(problem.get());
                    }
                    statements.insert(link.after(), annotations.get(link.after().from()).annotator());
                    links.add(link.after());
                } else {
                    checks.check(change);
                    writer.write(connection, change);
                }
            }
            recordCoders(id, article);
            execute("RELEASE imported_article");
            return new AddedArticle(id, false);
        } catch (StoreException | IllegalArgumentException e) {
            execute("ROLLBACK TO imported_article");
            execute("RELEASE imported_article");
            return new AddedArticle(0, false, e.getMessage());
        } catch (SQLException e) {
            execute("ROLLBACK TO imported_article");
            execute("RELEASE imported_article");
            if ((e.getErrorCode() & 0xFF) != SQLITE_CONSTRAINT) {
                throw e; // a full disk or a broken file ends the batch, not just this article
            }
            return new AddedArticle(0, false, "its annotations do not fit the project (" + e.getMessage() + ")");
        }
    }

    /**
     * Adds another coder's work to an article the project already holds, all of it or (behind a
     * savepoint) none: what the project has (annotations and links by id, a coder's document codes)
     * stays as it is, so merging the same file twice adds nothing.
     */
    private AddedArticle mergeInto(long id, NewArticle article) throws SQLException {
        execute("SAVEPOINT merged_article");
        try {
            String text = article.draft().text();
            ChangeChecks checks = new ChangeChecks(connection, articleId -> articleId == id ? text : null);
            int annotations = 0;
            int links = 0;
            int codes = 0;
            int alreadyThere = 0;
            for (Change change : article.work().apply(id)) {
                if (alreadyThere(change)) {
                    alreadyThere++;
                    continue;
                }
                checks.check(change);
                writer.write(connection, change);
                if (change instanceof AnnotationChange) {
                    annotations++;
                } else if (change instanceof LinkChange) {
                    links++;
                } else if (change instanceof ArticleCodingChange coding) {
                    codes += coding.after().values().size();
                }
            }
            recordCoders(id, article);
            execute("RELEASE merged_article");
            return new AddedArticle(id, true, null, new WorkAdded(annotations, links, codes, alreadyThere));
        } catch (StoreException | IllegalArgumentException e) {
            execute("ROLLBACK TO merged_article");
            execute("RELEASE merged_article");
            return new AddedArticle(id, true, "its annotations were not merged: " + e.getMessage());
        } catch (SQLException e) {
            execute("ROLLBACK TO merged_article");
            execute("RELEASE merged_article");
            if ((e.getErrorCode() & 0xFF) != SQLITE_CONSTRAINT) {
                throw e;
            }
            return new AddedArticle(id, true, "its annotations were not merged: they do not fit the project ("
                    + e.getMessage() + ")");
        }
    }

    /** Whether a change only creates what the project already holds: an annotation or link by id, a coder's codes. */
    private boolean alreadyThere(Change change) throws SQLException {
        if (change instanceof AnnotationChange annotation && annotation.before() == null) {
            return exists("SELECT 1 FROM annotation WHERE id = ?", annotation.after().id().toString());
        }
        if (change instanceof LinkChange link && link.before() == null) {
            return exists("SELECT 1 FROM link WHERE id = ?", link.after().id().toString())
                    || exists("SELECT 1 FROM link WHERE type = ? AND from_id = ? AND to_id = ?", link.after().type().code(),
                            link.after().from().toString(), link.after().to().toString());
        }
        if (change instanceof ArticleCodingChange coding) {
            String coder = coding.after().coder() == null ? CodingRows.projectCoder(connection) : coding.after().coder();
            return coding.after().values().isEmpty() || exists("SELECT 1 FROM article_code WHERE article_id = ? AND annotator = ?",
                    String.valueOf(coding.articleId()), coder);
        }
        return false;
    }

    private boolean exists(String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void recordCoders(long id, NewArticle article) throws SQLException {
        if (article.coders().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO article_coder (article_id, annotator) VALUES (?, ?)")) {
            for (String coder : article.coders()) {
                if (coder != null && !coder.isBlank()) {
                    insert.setLong(1, id);
                    insert.setString(2, coder);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static long insertRow(PreparedStatement insert, ArticleDraft draft, String hash, String now) throws SQLException {
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
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
