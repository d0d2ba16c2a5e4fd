package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.store.ProjectStore;

/** An article's note and document codes: the note is the project's coder's, the codes each coder's own. */
final class CodingRows {

    private CodingRows() {
    }

    /** The project's coder's note and codes. */
    static ArticleCoding read(Connection connection, long articleId) throws SQLException {
        String note = "";
        try (PreparedStatement statement = connection.prepareStatement("SELECT note FROM article WHERE id = ?")) {
            statement.setLong(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    note = rows.getString(1);
                }
            }
        }
        Map<Long, String> values = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT field_id, value FROM article_code WHERE article_id = ? AND annotator = ?")) {
            statement.setLong(1, articleId);
            statement.setString(2, projectCoder(connection));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return new ArticleCoding(articleId, note, values);
    }

    /** Every coder's codes of an article (or of every article, for {@code articleId} 0), by article and coder. */
    static List<ArticleCoding> readAllCoders(Connection connection, long articleId) throws SQLException {
        Map<Long, Map<String, Map<Long, String>>> byArticle = new TreeMap<>();
        String sql = "SELECT article_id, annotator, field_id, value FROM article_code"
                + (articleId > 0 ? " WHERE article_id = ?" : "") + " ORDER BY article_id, annotator";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (articleId > 0) {
                statement.setLong(1, articleId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byArticle.computeIfAbsent(rows.getLong(1), id -> new TreeMap<>())
                            .computeIfAbsent(rows.getString(2), coder -> new HashMap<>())
                            .put(rows.getLong(3), rows.getString(4));
                }
            }
        }
        List<ArticleCoding> codings = new ArrayList<>();
        byArticle.forEach((article, coders) -> coders.forEach((coder, values) ->
                codings.add(new ArticleCoding(article, "", values, coder))));
        return codings;
    }

    /**
     * Writes one coder's codes (the project's coder's when the coding names none). The note is the
     * project's coder's: another coder's coding leaves it as it is.
     */
    static void write(Connection connection, ArticleCodingChange change) throws SQLException {
        ArticleCoding coding = change.after();
        String projectCoder = projectCoder(connection);
        String coder = coding.coder() == null ? projectCoder : coding.coder();
        try (PreparedStatement note = connection.prepareStatement(coder.equals(projectCoder)
                     ? "UPDATE article SET note = ? WHERE id = ?" : "SELECT ? WHERE EXISTS (SELECT 1 FROM article WHERE id = ?)");
             PreparedStatement clear = connection.prepareStatement("DELETE FROM article_code WHERE article_id = ? AND annotator = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO article_code (article_id, field_id, annotator, value) VALUES (?, ?, ?, ?)")) {
            note.setString(1, coding.note());
            note.setLong(2, coding.articleId());
            boolean found = coder.equals(projectCoder) ? note.executeUpdate() > 0 : hasRow(note);
            if (!found) {
                throw new SQLException("Article " + coding.articleId() + " is not in this project.");
            }
            clear.setLong(1, coding.articleId());
            clear.setString(2, coder);
            clear.executeUpdate();
            for (Map.Entry<Long, String> value : coding.values().entrySet()) {
                insert.setLong(1, coding.articleId());
                insert.setLong(2, value.getKey());
                insert.setString(3, coder);
                insert.setString(4, value.getValue());
                insert.executeUpdate();
            }
        }
    }

    private static boolean hasRow(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /** The name the project's own work is recorded under (see {@link ProjectStore#coder()}). */
    static String projectCoder(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM project_setting WHERE key = ?")) {
            statement.setString(1, ProjectStore.CODER_SETTING);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && !rows.getString(1).isBlank() ? rows.getString(1) : ProjectStore.defaultCoder();
            }
        }
    }
}
