package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;

/** Annotations with their attribute values. */
final class AnnotationRows {

    private AnnotationRows() {
    }

    /** Annotations matching {@code where} (over table {@code annotation}), each with its attribute values. */
    static List<Annotation> read(Connection connection, String where, String orderBy, Jdbc.Binder binder) throws SQLException {
        Map<UUID, Map<Long, String>> values = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT aa.annotation_id, aa.attribute_id, aa.value "
                + "FROM annotation_attribute aa JOIN annotation ON annotation.id = aa.annotation_id WHERE " + where)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.computeIfAbsent(UUID.fromString(rows.getString(1)), id -> new HashMap<>())
                            .put(rows.getLong(2), rows.getString(3));
                }
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + Rows.ANNOTATION_COLUMNS
                + " FROM annotation WHERE " + where + " ORDER BY " + orderBy)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    annotations.add(Rows.annotation(rows, values.getOrDefault(UUID.fromString(rows.getString(1)), Map.of())));
                }
            }
        }
        return annotations;
    }

    /** Every annotation as a coded span: six columns a row, since each column read costs a call into SQLite. */
    static List<org.newsmark.model.CodedSpan> readSpans(Connection connection) throws SQLException {
        Map<String, Map<Long, String>> values = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT annotation_id, attribute_id, value FROM annotation_attribute");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.computeIfAbsent(rows.getString(1), id -> new HashMap<>()).put(rows.getLong(2), rows.getString(3));
            }
        }
        List<org.newsmark.model.CodedSpan> spans = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, article_id, category_id, start_offset, "
                + "end_offset, annotator FROM annotation ORDER BY article_id, start_offset");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                spans.add(new org.newsmark.model.CodedSpan(UUID.fromString(id), rows.getLong(2), rows.getLong(3), rows.getInt(4),
                        rows.getInt(5), rows.getString(6), values.getOrDefault(id, Map.of())));
            }
        }
        return spans;
    }

    static void write(Connection connection, AnnotationChange change) throws SQLException {
        Annotation after = change.after();
        if (after == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
                delete.setString(1, change.annotationId().toString());
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO annotation (" + Rows.ANNOTATION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                + "category_id = excluded.category_id, note = excluded.note, updated = excluded.updated, "
                + "person_id = excluded.person_id, start_offset = excluded.start_offset, end_offset = excluded.end_offset, "
                + "text = excluded.text, prefix = excluded.prefix, suffix = excluded.suffix")) {
            Rows.bind(upsert, after);
            upsert.executeUpdate();
        }
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM annotation_attribute WHERE annotation_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO annotation_attribute (annotation_id, attribute_id, value, annotator) VALUES (?, ?, ?, ?)")) {
            clear.setString(1, after.id().toString());
            clear.executeUpdate();
            for (Map.Entry<Long, String> value : after.attributes().entrySet()) {
                insert.setString(1, after.id().toString());
                insert.setLong(2, value.getKey());
                insert.setString(3, value.getValue());
                insert.setString(4, after.annotator());
                insert.executeUpdate();
            }
        }
    }
}
