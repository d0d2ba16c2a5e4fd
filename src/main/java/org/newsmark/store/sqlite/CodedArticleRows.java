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
        Annotations annotations = annotations(connection, content, source, articleId);
        Map<Long, Map<Long, String>> codes = new HashMap<>();
        // Several coders' codes of one article: the project's own coder's come last, and so are kept.
        each(connection, "SELECT article_id, field_id, value FROM article_code" + where("article_id", articleId)
                + " ORDER BY annotator IS (SELECT value FROM project_setting WHERE key = 'coder.name')", articleId,
                rows -> codes.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getLong(2), rows.getString(3)));
        Map<Long, Integer> stray = new HashMap<>();
        Map<Long, List<CodedContent>> contents = contents(connection, annotations, articleId, stray);
        List<CodedArticle> articles = new ArrayList<>();
        each(connection, "SELECT id, title, source, byline, published, url FROM article" + where("id", articleId)
                + " ORDER BY id", articleId, rows -> {
                    long id = rows.getLong(1);
                    Map<Long, Integer> byCategory = annotations.counts().getOrDefault(id, Map.of());
                    articles.add(new CodedArticle(id, new ArticleDetails(rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)),
                            byCategory.values().stream().mapToInt(Integer::intValue).sum(), byCategory,
                            codes.getOrDefault(id, Map.of()), contents.getOrDefault(id, List.of()), stray.getOrDefault(id, 0)));
                });
        return articles;
    }

    /** A content annotation as read, gathering its attributes and sources as they are read. */
    private static final class ContentRow {
        final String id;
        final long articleId;
        final long categoryId;
        final int start;
        final int end;
        final String text;
        final String note;
        Map<Long, String> attributes = Map.of();
        List<SourceMention> sources = List.of();

        ContentRow(String id, long articleId, long categoryId, int start, int end, String text, String note) {
            this.id = id;
            this.articleId = articleId;
            this.categoryId = categoryId;
            this.start = start;
            this.end = end;
            this.text = text;
            this.note = note;
        }
    }

    /** What one pass over the annotations gives: counts by article and category, contents, speaker mentions. */
    private record Annotations(Map<Long, Map<Long, Integer>> counts, Map<String, ContentRow> contents,
            Map<String, SourceMention> mentions) {
    }

    /**
     * One pass over the annotation table. Every annotation is counted; only contents and speaker
     * mentions are read further. The table is read once in its own order: looking annotations up by
     * category instead reads every page of it once per category, and SQLite's grouping of half a
     * million rows by article and category sorts them first; both took seconds at 10,000 articles.
     */
    private static Annotations annotations(Connection connection, Set<Long> content, Set<Long> source, Long articleId)
            throws SQLException {
        // counted per article in an array by category id (small numbers), one map step per annotation
        Map<Long, int[]> tallies = new HashMap<>();
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        Map<String, ContentRow> contents = new HashMap<>();
        Map<String, SourceMention> mentions = new HashMap<>();
        long[] last = {-1};
        int[][] current = {null};
        // A discontinuous span counts once: its later fragments (which continue another) are left out.
        each(connection, "SELECT article_id, category_id, id, start_offset, end_offset, text, note, person_id FROM annotation"
                + " WHERE id NOT IN (SELECT from_id FROM link WHERE type = 'continues')"
                + (articleId == null ? "" : " AND article_id = ?"), articleId, rows -> {
                    long article = rows.getLong(1);
                    long category = rows.getLong(2);
                    if (category >= 0 && category < 4096) {
                        if (article != last[0]) {
                            last[0] = article;
                            current[0] = tallies.computeIfAbsent(article, id -> new int[16]);
                        }
                        if (category >= current[0].length) {
                            current[0] = java.util.Arrays.copyOf(current[0], (int) category * 2);
                            tallies.put(article, current[0]);
                        }
                        current[0][(int) category]++;
                    } else {
                        counts.computeIfAbsent(article, id -> new HashMap<>()).merge(category, 1, Integer::sum);
                    }
                    if (content.contains(category)) {
                        String id = rows.getString(3);
                        contents.put(id, new ContentRow(id, article, category, rows.getInt(4), rows.getInt(5), rows.getString(6),
                                rows.getString(7)));
                    } else if (source.contains(category)) {
                        String id = rows.getString(3);
                        String person = rows.getString(8);
                        mentions.put(id, new SourceMention(UUID.fromString(id), category, rows.getInt(4), rows.getString(6),
                                person == null ? null : UUID.fromString(person)));
                    }
                });
        tallies.forEach((article, byCategory) -> {
            Map<Long, Integer> counted = counts.computeIfAbsent(article, id -> new HashMap<>());
            for (int category = 0; category < byCategory.length; category++) {
                if (byCategory[category] > 0) {
                    counted.merge((long) category, byCategory[category], Integer::sum);
                }
            }
        });
        return new Annotations(counts, contents, mentions);
    }

    /**
     * The content annotations with their attribute values and sources. Attribution links are read from
     * the link table's own index (type, from, to), without a lookup per link; those that do not run from
     * a content to a source annotation are counted into {@code stray}, by article.
     */
    private static Map<Long, List<CodedContent>> contents(Connection connection, Annotations annotations, Long articleId,
            Map<Long, Integer> stray) throws SQLException {
        Map<String, ContentRow> rows = annotations.contents();
        if (!rows.isEmpty()) {
            // the whole table in one pass for the whole project; one article's through its annotations
            String sql = articleId == null ? "SELECT annotation_id, attribute_id, value FROM annotation_attribute"
                    : "SELECT aa.annotation_id, aa.attribute_id, aa.value FROM annotation_attribute aa "
                    + "JOIN annotation ON annotation.id = aa.annotation_id WHERE annotation.article_id = ?";
            each(connection, sql, articleId, found -> {
                ContentRow row = rows.get(found.getString(1));
                if (row != null) {
                    if (row.attributes.isEmpty()) {
                        row.attributes = new HashMap<>(4);
                    }
                    row.attributes.put(found.getLong(2), found.getString(3));
                }
            });
        }
        List<String[]> strayLinks = new ArrayList<>();
        String links = articleId == null ? "SELECT from_id, to_id FROM link WHERE type = 'attributed_to'"
                : "SELECT from_id, to_id FROM link WHERE type = 'attributed_to' AND article_id = ?";
        each(connection, links, articleId, found -> {
            String from = found.getString(1);
            String to = found.getString(2);
            SourceMention mention = annotations.mentions().get(to);
            ContentRow row = mention == null ? null : rows.get(from);
            if (row == null) {
                strayLinks.add(new String[] {from, to});
            } else {
                if (row.sources.isEmpty()) {
                    row.sources = new ArrayList<>(2);
                }
                row.sources.add(mention);
            }
        });
        if (!strayLinks.isEmpty()) {
            // few, if any: each one's article found through the link's own unique index
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT article_id FROM link WHERE type = 'attributed_to' AND from_id = ? AND to_id = ?")) {
                for (String[] link : strayLinks) {
                    statement.setString(1, link[0]);
                    statement.setString(2, link[1]);
                    try (ResultSet found = statement.executeQuery()) {
                        if (found.next()) {
                            stray.merge(found.getLong(1), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Map<Long, List<CodedContent>> byArticle = new HashMap<>();
        for (ContentRow row : rows.values()) {
            if (row.sources.size() > 1) {
                row.sources.sort(Comparator.comparingInt(SourceMention::start).thenComparing(SourceMention::id));
            }
            byArticle.computeIfAbsent(row.articleId, article -> new ArrayList<>()).add(new CodedContent(
                    UUID.fromString(row.id), row.articleId, row.categoryId, row.start, row.end, row.text, row.note,
                    row.attributes, row.sources));
        }
        Comparator<CodedContent> order = Comparator.comparingInt(CodedContent::start).thenComparingInt(CodedContent::end)
                .thenComparing(CodedContent::id);
        byArticle.values().forEach(list -> list.sort(order));
        return byArticle;
    }

    private static Set<Long> ids(Codebook codebook, CategoryRole role) {
        return codebook.withRole(role).stream().map(Category::id).collect(Collectors.toSet());
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
