package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;

/** An article's note and document codes. */
final class CodingRows {

    private CodingRows() {
    }

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
                "SELECT field_id, value FROM article_code WHERE article_id = ?")) {
            statement.setLong(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return new ArticleCoding(articleId, note, values);
    }

    static void write(Connection connection, ArticleCodingChange change) throws SQLException {
        ArticleCoding coding = change.after();
        try (PreparedStatement note = connection.prepareStatement("UPDATE article SET note = ? WHERE id = ?");
             PreparedStatement clear = connection.prepareStatement("DELETE FROM article_code WHERE article_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO article_code (article_id, field_id, value) VALUES (?, ?, ?)")) {
            note.setString(1, coding.note());
            note.setLong(2, coding.articleId());
            if (note.executeUpdate() == 0) {
                throw new SQLException("Article " + coding.articleId() + " is not in this project.");
            }
            clear.setLong(1, coding.articleId());
            clear.executeUpdate();
            for (Map.Entry<Long, String> value : coding.values().entrySet()) {
                insert.setLong(1, coding.articleId());
                insert.setLong(2, value.getKey());
                insert.setString(3, value.getValue());
                insert.executeUpdate();
            }
        }
    }
}
