package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Concordance;
import org.newsmark.model.ConcordanceQuery;

/**
 * A concordance: the annotations a query selects, in corpus order, each with the text around it
 * taken from its article (so the context is as wide as the reader needs, and its offsets are exact).
 */
final class ConcordanceRows {

    /** Characters of context each side, before trimming to a word boundary. */
    static final int CONTEXT = 90;

    private ConcordanceRows() {
    }

    static Concordance read(Connection connection, ConcordanceQuery query, int limit) throws SQLException {
        Codebook codebook = CodebookRows.read(connection);
        Category category = codebook.category(query.categoryId()).orElse(null);
        if (category == null) {
            return new Concordance(List.of(), 0);
        }
        List<Long> categories = codebook.subtree(category).stream().map(Category::id).toList();
        StringBuilder where = new StringBuilder("annotation.category_id IN (")
                .append(String.join(", ", java.util.Collections.nCopies(categories.size(), "?"))).append(')');
        List<Object> parameters = new ArrayList<>(categories);
        if (query.attributeId() != null) {
            where.append(" AND annotation.id IN (SELECT annotation_id FROM annotation_attribute WHERE attribute_id = ?");
            parameters.add(query.attributeId());
            if (query.attributeValue() != null && !query.attributeValue().isBlank()) {
                where.append(" AND value = ? COLLATE NOCASE");
                parameters.add(query.attributeValue().strip());
            }
            where.append(')');
        }
        if (query.personId() != null) {
            // The person's own mentions, and what is attributed to a mention of them (their quotes, claims).
            where.append(" AND (annotation.person_id = ? OR annotation.id IN (SELECT link.from_id FROM link"
                    + " JOIN annotation AS source ON source.id = link.to_id"
                    + " WHERE link.type = 'attributed_to' AND source.person_id = ?))");
            parameters.add(query.personId().toString());
            parameters.add(query.personId().toString());
        }
        if (query.outlet() != null) {
            where.append(" AND annotation.article_id IN (SELECT id FROM article WHERE source = ?)");
            parameters.add(query.outlet());
        }
        Jdbc.Binder binder = statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
        };
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM annotation WHERE " + where)) {
            binder.bind(count);
            try (ResultSet rows = count.executeQuery()) {
                total = rows.next() ? rows.getLong(1) : 0;
            }
        }
        List<Annotation> annotations = AnnotationRows.read(connection, where.toString(),
                "article_id, start_offset, end_offset LIMIT " + Math.max(0, limit), binder);
        return new Concordance(lines(connection, annotations), total);
    }

    private static List<Concordance.Line> lines(Connection connection, List<Annotation> annotations) throws SQLException {
        List<Concordance.Line> lines = new ArrayList<>(annotations.size());
        Map<Long, String[]> article = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT title, source, text FROM article WHERE id = ?")) {
            for (Annotation annotation : annotations) {
                String[] found = article.get(annotation.articleId());
                if (found == null) {
                    // annotations come in article order: only the current article's text is kept
                    article.clear();
                    statement.setLong(1, annotation.articleId());
                    try (ResultSet rows = statement.executeQuery()) {
                        found = rows.next() ? new String[] {rows.getString(1), rows.getString(2), rows.getString(3)} : null;
                    }
                    if (found == null) {
                        continue;
                    }
                    article.put(annotation.articleId(), found);
                }
                String text = found[2];
                lines.add(new Concordance.Line(annotation, found[0], found[1], left(text, annotation.start()),
                        right(text, annotation.end())));
            }
        }
        return lines;
    }

    /** The text before {@code start}, about {@link #CONTEXT} characters, starting at a word, on one line. */
    static String left(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        return oneLine(text.substring(from, start));
    }

    static String right(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return oneLine(text.substring(end, to));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
