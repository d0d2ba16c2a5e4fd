package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;

/**
 * The inserts of an import batch's new annotations, attribute values and links, prepared once per
 * batch: an imported brat or WebAnno article brings a hundred of them, and preparing a statement costs
 * about as much as running it. Attribute values and links are their annotation's coder's, as
 * {@link AnnotationRows} and {@link LinkRows} record them.
 */
final class ImportStatements implements AutoCloseable {

    private final PreparedStatement annotation;
    private final PreparedStatement attribute;
    private final PreparedStatement link;

    ImportStatements(Connection connection) throws SQLException {
        annotation = connection.prepareStatement("INSERT INTO annotation (" + Rows.ANNOTATION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        attribute = connection.prepareStatement(
                "INSERT INTO annotation_attribute (annotation_id, attribute_id, value, annotator) VALUES (?, ?, ?, ?)");
        link = connection.prepareStatement(
                "INSERT INTO link (id, article_id, type, from_id, to_id, created, annotator) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    void insert(Annotation created) throws SQLException {
        Rows.bind(annotation, created);
        annotation.executeUpdate();
        for (Map.Entry<Long, String> value : created.attributes().entrySet()) {
            attribute.setString(1, created.id().toString());
            attribute.setLong(2, value.getKey());
            attribute.setString(3, value.getValue());
            attribute.setString(4, created.annotator());
            attribute.executeUpdate();
        }
    }

    /** @param annotator the coder of the annotation the link starts from: a coder links their own annotations */
    void insert(Link created, String annotator) throws SQLException {
        link.setString(1, created.id().toString());
        link.setLong(2, created.articleId());
        link.setString(3, created.type().code());
        link.setString(4, created.from().toString());
        link.setString(5, created.to().toString());
        link.setString(6, Timestamps.format(created.created()));
        link.setString(7, annotator);
        link.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        try (annotation; attribute; link) {
            // closes all three, the first failure thrown with the others added to it
        }
    }
}
