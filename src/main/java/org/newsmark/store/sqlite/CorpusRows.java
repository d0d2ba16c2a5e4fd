package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.ArticleDetails;
import org.newsmark.model.ArticleDetailsChange;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusRow;

/**
 * The corpus table's rows, read in three passes over the whole project (articles, annotation counts,
 * document codes) rather than a query per article: 100,000 rows come back in well under a second.
 */
final class CorpusRows {

    private CorpusRows() {
    }

    static List<CorpusRow> read(Connection connection) throws SQLException {
        Codebook codebook = CodebookRows.read(connection);
        Map<Long, Long> topOf = new HashMap<>();
        for (Category category : codebook.categories()) {
            Category top = category;
            for (int depth = 0; top.parentId() != null && depth < 20; depth++) {
                top = codebook.category(top.parentId()).orElse(top);
            }
            topOf.put(category.id(), top.id());
        }
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT article_id, category_id, count(*) FROM annotation GROUP BY article_id, category_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long top = topOf.getOrDefault(rows.getLong(2), rows.getLong(2));
                counts.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).merge(top, rows.getInt(3), Integer::sum);
            }
        }
        Map<Long, Map<Long, String>> codes = new HashMap<>();
        // The corpus table shows the project's own coder's codes; other coders' are compared in the agreement views.
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT article_id, field_id, value FROM article_code WHERE annotator = ?")) {
            statement.setString(1, CodingRows.projectCoder(connection));
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                codes.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getLong(2), rows.getString(3));
            }
        }
        List<CorpusRow> corpus = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, title, source, byline, published, url, imported_at FROM article ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                Map<Long, Integer> byCategory = counts.getOrDefault(id, Map.of());
                corpus.add(new CorpusRow(id, new ArticleDetails(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)), rows.getString(7),
                        byCategory.values().stream().mapToInt(Integer::intValue).sum(), byCategory, codes.getOrDefault(id, Map.of())));
            }
        }
        return corpus;
    }

    static void write(Connection connection, ArticleDetailsChange change) throws SQLException {
        ArticleDetails details = change.after();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE article SET title = ?, source = ?, byline = ?, published = ?, url = ? WHERE id = ?")) {
            update.setString(1, details.title());
            update.setString(2, details.source());
            update.setString(3, details.byline());
            update.setString(4, details.published());
            update.setString(5, details.url());
            update.setLong(6, change.articleId());
            if (update.executeUpdate() == 0) {
                throw new SQLException("Article " + change.articleId() + " is not in this project.");
            }
        }
    }
}
