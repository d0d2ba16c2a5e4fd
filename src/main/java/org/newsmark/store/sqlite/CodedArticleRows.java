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
 * passes, each a plain join the database does well: content annotations (categories whose role,
 * their own or inherited, is content), their attribute values, the speaker mentions their
 * {@code attributed_to} links reach (annotations of categories with the role source), annotation
 * counts by category and document codes. Which categories have which role is read from the codebook
 * first and given to the queries as lists of ids.
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
        Map<Long, List<CodedContent>> contents = contents(connection, content, source, articleId);
        Map<Long, Integer> stray = new HashMap<>();
        each(connection, "SELECT link.article_id, count(*) FROM link JOIN annotation f ON f.id = link.from_id "
                + "JOIN annotation t ON t.id = link.to_id WHERE link.type = 'attributed_to' AND (f.category_id NOT IN "
                + list(content) + " OR t.category_id NOT IN " + list(source) + ")"
                + (articleId == null ? "" : " AND link.article_id = ?") + " GROUP BY link.article_id", articleId,
                rows -> stray.put(rows.getLong(1), rows.getInt(2)));
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

    private static Map<Long, List<CodedContent>> contents(Connection connection, Set<Long> content, Set<Long> source,
            Long articleId) throws SQLException {
        if (content.isEmpty()) {
            return Map.of();
        }
        String only = articleId == null ? "" : " AND annotation.article_id = ?";
        Map<String, Map<Long, String>> attributes = new HashMap<>();
        each(connection, "SELECT aa.annotation_id, aa.attribute_id, aa.value FROM annotation_attribute aa "
                + "JOIN annotation ON annotation.id = aa.annotation_id WHERE annotation.category_id IN " + list(content)
                + only, articleId, rows -> attributes.computeIfAbsent(rows.getString(1), id -> new HashMap<>())
                .put(rows.getLong(2), rows.getString(3)));
        Map<String, List<SourceMention>> sources = new HashMap<>();
        if (!source.isEmpty()) {
            each(connection, "SELECT link.from_id, annotation.id, annotation.category_id, annotation.start_offset, "
                    + "annotation.text, annotation.person_id FROM link JOIN annotation ON annotation.id = link.to_id "
                    + "WHERE link.type = 'attributed_to' AND annotation.category_id IN " + list(source) + only, articleId,
                    rows -> {
                        String person = rows.getString(6);
                        sources.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new SourceMention(
                                UUID.fromString(rows.getString(2)), rows.getLong(3), rows.getInt(4), rows.getString(5),
                                person == null ? null : UUID.fromString(person)));
                    });
        }
        Map<Long, List<CodedContent>> byArticle = new HashMap<>();
        each(connection, "SELECT id, article_id, category_id, start_offset, end_offset, text, note FROM annotation "
                + "WHERE category_id IN " + list(content) + only, articleId, rows -> {
                    String id = rows.getString(1);
                    List<SourceMention> mentions = sources.getOrDefault(id, List.of());
                    if (mentions.size() > 1) {
                        mentions.sort(Comparator.comparingInt(SourceMention::start).thenComparing(SourceMention::id));
                    }
                    byArticle.computeIfAbsent(rows.getLong(2), article -> new ArrayList<>()).add(new CodedContent(
                            UUID.fromString(id), rows.getLong(2), rows.getLong(3), rows.getInt(4), rows.getInt(5),
                            rows.getString(6), rows.getString(7), attributes.getOrDefault(id, Map.of()), mentions));
                });
        Comparator<CodedContent> order = Comparator.comparingInt(CodedContent::start).thenComparingInt(CodedContent::end)
                .thenComparing(CodedContent::id);
        byArticle.values().forEach(list -> list.sort(order));
        return byArticle;
    }

    private static Set<Long> ids(Codebook codebook, CategoryRole role) {
        return codebook.withRole(role).stream().map(Category::id).collect(Collectors.toSet());
    }

    /** "(1, 2, 3)", or an empty list for none (IN it is false, NOT IN it true). Ids are numbers: nothing to escape. */
    private static String list(Set<Long> ids) {
        if (ids.isEmpty()) {
            return "(SELECT NULL WHERE 0)";
        }
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
