package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;

/**
 * Full-text search over the corpus. Ranking (BM25, a title match weighing most) costs time for every
 * matching article, so a search matching more than {@link #RANK_LIMIT} articles is not ranked but
 * shown latest first: such a search is made of words in nearly every article, whose relevance score
 * says little, and the first page still comes back in milliseconds.
 */
final class SearchRows {

    static final int RANK_LIMIT = 20_000;
    private static final String START = "char(2)";
    private static final String END = "char(3)";
    private static final int SNIPPET_TOKENS = 24;

    private SearchRows() {
    }

    static SearchResults search(Connection connection, SearchQuery query, int offset, int limit) throws SQLException {
        return search(connection, query, offset, limit, RANK_LIMIT);
    }

    /** @param rankLimit the most articles that are ranked (tests use a small one) */
    static SearchResults search(Connection connection, SearchQuery query, int offset, int limit, int rankLimit)
            throws SQLException {
        String match = FtsQuery.forArticles(query);
        long total = count(connection, match, rankLimit);
        boolean ranked = total <= rankLimit;
        List<SearchResults.Hit> hits = new ArrayList<>();
        Map<Long, String[]> details = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT rowid, highlight(article_fts, 0, " + START + ", " + END + "), "
                + "snippet(article_fts, 1, " + START + ", " + END + ", '\u2026', " + SNIPPET_TOKENS + "), "
                + "snippet(article_fts, 2, " + START + ", " + END + ", '\u2026', " + SNIPPET_TOKENS + ") "
                + "FROM article_fts WHERE article_fts MATCH ? ORDER BY " + (ranked ? "rank" : "rowid DESC") + " LIMIT ? OFFSET ?")) {
            statement.setString(1, match);
            statement.setInt(2, limit);
            statement.setInt(3, offset);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String textSnippet = rows.getString(3);
                    String noteSnippet = rows.getString(4);
                    boolean inNote = !marked(textSnippet) && marked(noteSnippet);
                    hits.add(new SearchResults.Hit(rows.getLong(1), rows.getString(2), null, null,
                            inNote ? noteSnippet : textSnippet, inNote));
                }
            }
        }
        readDetails(connection, hits, details);
        List<SearchResults.Hit> complete = hits.stream().map(hit -> new SearchResults.Hit(hit.articleId(), hit.title(),
                details.get(hit.articleId())[0], details.get(hit.articleId())[1], hit.snippet(), hit.inNote())).toList();
        List<SearchResults.NoteHit> notes = offset == 0 ? annotationNotes(connection, query, limit) : List.of();
        return new SearchResults(complete, total, rankLimit + 1L, ranked, notes);
    }

    /** How many articles match, counted no further than one past the ranking limit. */
    private static long count(Connection connection, String match, int rankLimit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM article_fts WHERE article_fts MATCH ? LIMIT " + (rankLimit + 1) + ")")) {
            statement.setString(1, match);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static void readDetails(Connection connection, List<SearchResults.Hit> hits, Map<Long, String[]> details)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT source, published FROM article WHERE id = ?")) {
            for (SearchResults.Hit hit : hits) {
                statement.setLong(1, hit.articleId());
                try (ResultSet rows = statement.executeQuery()) {
                    details.put(hit.articleId(), rows.next() ? new String[] {rows.getString(1), rows.getString(2)} : new String[2]);
                }
            }
        }
    }

    private static List<SearchResults.NoteHit> annotationNotes(Connection connection, SearchQuery query, int limit)
            throws SQLException {
        Optional<String> match = FtsQuery.forAnnotationNotes(query);
        if (match.isEmpty()) {
            return List.of();
        }
        List<SearchResults.NoteHit> hits = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT n.article_id, a.title, n.annotation_id, "
                + "an.text, snippet(annotation_note_fts, 0, " + START + ", " + END + ", '\u2026', " + SNIPPET_TOKENS + ") "
                + "FROM annotation_note_fts n JOIN article a ON a.id = n.article_id "
                + "JOIN annotation an ON an.id = n.annotation_id "
                + "WHERE annotation_note_fts MATCH ? ORDER BY n.rank LIMIT ?")) {
            statement.setString(1, match.get());
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(new SearchResults.NoteHit(rows.getLong(1), rows.getString(2), UUID.fromString(rows.getString(3)),
                            rows.getString(4), rows.getString(5)));
                }
            }
        }
        return hits;
    }

    /** Where the search first matches the article's text, from the index's own highlighting. */
    static Optional<int[]> firstMatch(Connection connection, long articleId, SearchQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT highlight(article_fts, 1, " + START + ", "
                + END + ") FROM article_fts WHERE article_fts MATCH ? AND rowid = ?")) {
            statement.setString(1, FtsQuery.forArticles(query));
            statement.setLong(2, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next() || rows.getString(1) == null) {
                    return Optional.empty();
                }
                String marked = rows.getString(1);
                int start = marked.indexOf(SearchResults.MATCH_START);
                if (start < 0) {
                    return Optional.empty();
                }
                int end = marked.indexOf(SearchResults.MATCH_END, start);
                return Optional.of(new int[] {start, end - 1});
            }
        }
    }

    private static boolean marked(String snippet) {
        return snippet != null && snippet.indexOf(SearchResults.MATCH_START) >= 0;
    }
}
