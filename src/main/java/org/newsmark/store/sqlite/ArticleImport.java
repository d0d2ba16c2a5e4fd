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
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Change;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.LinkRules;
import org.newsmark.store.InvalidChangeException;
import org.newsmark.store.ProjectStore.AddedArticle;
import org.newsmark.store.ProjectStore.NewArticle;
import org.newsmark.store.StoreException;

/**
 * Adds a batch of articles inside the caller's transaction: each new text once (a text already in the
 * project, or earlier in the batch, is a duplicate), each article with its work or, behind a
 * savepoint, not at all.
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
            // One set of checks for the batch: it reads the codebook once, not once per article.
            this.checks = new ChangeChecks(connection, newTexts::get);
            for (NewArticle article : articles) {
                ArticleDraft draft = article.draft();
                String hash = draft.contentHash();
                existing.setString(1, hash);
                try (ResultSet rows = existing.executeQuery()) {
                    if (rows.next()) {
                        added.add(new AddedArticle(rows.getLong(1), true));
                        continue;
                    }
                }
                if (article.work() == NewArticle.NO_WORK) {
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
            // The new article's annotations and links are checked among themselves, in memory: nothing
            // else in the project can belong to an article stored a moment ago.
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
                    statements.insert(link.after());
                    links.add(link.after());
                } else {
                    checks.check(change);
                    writer.write(connection, change);
                }
            }
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
