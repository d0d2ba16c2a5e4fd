package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.newsmark.model.ArticleDetails;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.CodedContent;
import org.newsmark.model.Codebook;
import org.newsmark.model.SourceMention;

/**
 * What the findings count (docs/findings.md), read for the whole project or one article in a few
 * passes over the tables, joined here: annotation counts by category, document codes, content
 * annotations (categories whose role, their own or inherited, is content) with their attribute
 * values, speaker mentions (role source), and the {@code attributed_to} links between them. Which
 * categories have which role is read from the codebook first and given to the queries as lists of ids.
 */
final class CodedArticleRows {

    private CodedArticleRows() {
    }

    /** Every article, by id; or only {@code articleId} when it is not null. */
    static List<CodedArticle> read(Connection connection, Long articleId) throws SQLException {
        Codebook codebook = CodebookRows.read(connection);
        Set<Long> content = ids(codebook, CategoryRole.CONTENT);
        Set<Long> source = ids(codebook, CategoryRole.SOURCE);
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        each(connection, "SELECT article_id, category_id, count(*) FROM annotation" + where("article_id", articleId)
                + " GROUP BY article_id, category_id", articleId, rows ->
                counts.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getLong(2), rows.getInt(3)));
        Map<Long, Map<Long, String>> codes = new HashMap<>();
        each(connection, "SELECT article_id, field_id, value FROM article_code" + where("article_id", articleId), articleId,
                rows -> codes.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getLong(2), rows.getString(3)));
        Map<Long, Integer> stray = new HashMap<>();
        Map<Long, List<CodedContent>> contents = contents(connection, content, source, articleId, stray);
        List<CodedArticle> articles = new ArrayList<>();
        each(connection, "SELECT id, title, source, byline, published, url FROM article" + where("id", articleId)
                + " ORDER BY id", articleId, rows -> {
                    long id = rows.getLong(1);
                    Map<Long, Integer> byCategory = counts.getOrDefault(id, Map.of());
                    articles.add(new CodedArticle(id, new ArticleDetails(rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)),
                            byCategory.values().stream().mapToInt(Integer::intValue).sum(), byCategory,
                            codes.getOrDefault(id, Map.of()), contents.getOrDefault(id, List.of()), stray.getOrDefault(id, 0)));
                });
        return articles;
    }

    /** A content annotation as read, before its attributes and sources are known. */
    private record ContentRow(String id, long articleId, long categoryId, int start, int end, String text, String note) {
    }

    /**
     * The content annotations with their attribute values and sources. Attribution links are read once,
     * each with the annotation it points to; those that do not run from a content to a source annotation
     * are counted into {@code stray}, by article.
     */
    private static Map<Long, List<CodedContent>> contents(Connection connection, Set<Long> content, Set<Long> source,
            Long articleId, Map<Long, Integer> stray) throws SQLException {
        Map<String, ContentRow> rows = new HashMap<>();
        if (!content.isEmpty()) {
            each(connection, "SELECT id, article_id, category_id, start_offset, end_offset, text, note FROM annotation "
                    + "WHERE category_id IN " + list(content) + (articleId == null ? "" : " AND article_id = ?"), articleId,
                    found -> rows.put(found.getString(1), new ContentRow(found.getString(1), found.getLong(2), found.getLong(3),
                            found.getInt(4), found.getInt(5), found.getString(6), found.getString(7))));
        }
        Map<String, Map<Long, String>> attributes = new HashMap<>();
        if (!rows.isEmpty()) {
            // the whole table in one pass for the whole project; one article's through its annotations
            String sql = articleId == null ? "SELECT annotation_id, attribute_id, value FROM annotation_attribute"
                    : "SELECT aa.annotation_id, aa.attribute_id, aa.value FROM annotation_attribute aa "
                    + "JOIN annotation ON annotation.id = aa.annotation_id WHERE annotation.article_id = ?";
            each(connection, sql, articleId, found -> {
                String id = found.getString(1);
                if (rows.containsKey(id)) {
                    attributes.computeIfAbsent(id, key -> new HashMap<>()).put(found.getLong(2), found.getString(3));
                }
            });
        }
        // Speaker mentions and attribution links are read apart and joined here: looking each link's
        // mention up in the annotation table costs a random read per link, a third of a second at 10,000 articles.
        Map<String, SourceMention> mentions = new HashMap<>();
        if (!source.isEmpty()) {
            each(connection, "SELECT id, category_id, start_offset, text, person_id FROM annotation WHERE category_id IN "
                    + list(source) + (articleId == null ? "" : " AND article_id = ?"), articleId, found -> {
                        String person = found.getString(5);
                        mentions.put(found.getString(1), new SourceMention(UUID.fromString(found.getString(1)), found.getLong(2),
                                found.getInt(3), found.getString(4), person == null ? null : UUID.fromString(person)));
                    });
        }
        Map<String, List<SourceMention>> sources = new HashMap<>();
        each(connection, "SELECT article_id, from_id, to_id FROM link WHERE type = 'attributed_to'"
                + (articleId == null ? "" : " AND article_id = ?"), articleId, found -> {
                    String from = found.getString(2);
                    SourceMention mention = mentions.get(found.getString(3));
                    if (mention == null || !rows.containsKey(from)) {
                        stray.merge(found.getLong(1), 1, Integer::sum);
                    } else {
                        sources.computeIfAbsent(from, id -> new ArrayList<>(2)).add(mention);
                    }
                });
        Map<Long, List<CodedContent>> byArticle = new HashMap<>();
        for (ContentRow row : rows.values()) {
            List<SourceMention> attributed = sources.getOrDefault(row.id(), List.of());
            if (attributed.size() > 1) {
                attributed.sort(Comparator.comparingInt(SourceMention::start).thenComparing(SourceMention::id));
            }
            byArticle.computeIfAbsent(row.articleId(), article -> new ArrayList<>()).add(new CodedContent(
                    UUID.fromString(row.id()), row.articleId(), row.categoryId(), row.start(), row.end(), row.text(),
                    row.note(), attributes.getOrDefault(row.id(), Map.of()), attributed));
        }
        Comparator<CodedContent> order = Comparator.comparingInt(CodedContent::start).thenComparingInt(CodedContent::end)
                .thenComparing(CodedContent::id);
        byArticle.values().forEach(list -> list.sort(order));
        return byArticle;
    }

    private static Set<Long> ids(Codebook codebook, CategoryRole role) {
        return codebook.withRole(role).stream().map(Category::id).collect(Collectors.toSet());
    }

    /** "(1, 2, 3)"; ids are numbers: nothing to escape. Never empty (callers check). */
    private static String list(Set<Long> ids) {
        List<Long> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        return sorted.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String where(String column, Long articleId) {
        return articleId == null ? "" : " WHERE " + column + " = ?";
    }

    private interface RowAction {
        void accept(ResultSet rows) throws SQLException;
    }

    private static void each(Connection connection, String sql, Long articleId, RowAction action) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (articleId != null) {
                statement.setLong(1, articleId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.accept(rows);
                }
            }
        }
    }
}
