package org.newsmark.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;

/** How articles and annotations map to rows of the schema (docs/schema.md). */
final class Rows {

    static final String ARTICLE_COLUMNS = "id, title, standfirst, source, byline, published, url, text, content_hash";
    static final String ANNOTATION_COLUMNS = "id, article_id, category_id, start_offset, end_offset, text, prefix, suffix, "
            + "note, annotator, created, updated, person_id";

    private Rows() {
    }

    static Article article(ResultSet rows) throws SQLException {
        return new Article(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9));
    }

    /** An annotation from {@link #ANNOTATION_COLUMNS}, with the attribute values found for it. */
    static Annotation annotation(ResultSet rows, Map<Long, String> attributes) throws SQLException {
        String person = rows.getString(13);
        return new Annotation(UUID.fromString(rows.getString(1)), rows.getLong(2), rows.getLong(3), rows.getInt(4),
                rows.getInt(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10), Timestamps.parse(rows.getString(11)), Timestamps.parse(rows.getString(12)),
                person == null ? null : UUID.fromString(person), attributes);
    }

    /** Binds an annotation to the thirteen parameters of {@link #ANNOTATION_COLUMNS}, in order. */
    static void bind(PreparedStatement statement, Annotation annotation) throws SQLException {
        statement.setString(1, annotation.id().toString());
        statement.setLong(2, annotation.articleId());
        statement.setLong(3, annotation.categoryId());
        statement.setInt(4, annotation.start());
        statement.setInt(5, annotation.end());
        statement.setString(6, annotation.text());
        statement.setString(7, annotation.prefix());
        statement.setString(8, annotation.suffix());
        statement.setString(9, annotation.note());
        statement.setString(10, annotation.annotator());
        statement.setString(11, Timestamps.format(annotation.created()));
        statement.setString(12, Timestamps.format(annotation.updated()));
        statement.setString(13, annotation.personId() == null ? null : annotation.personId().toString());
    }
}
