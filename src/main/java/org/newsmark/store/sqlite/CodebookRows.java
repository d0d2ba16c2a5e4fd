package org.newsmark.store.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Codebook;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.DocumentFieldChange;

/** The codebook's rows: categories (a tree), their attribute definitions, and document fields. */
final class CodebookRows {

    /**
     * An attribute's choices are a JSON list of text. Jackson's streaming parser rather than its object
     * mapper: every project's opening reads them, and the mapper's 500 classes cost a start some 0.1 s.
     */
    private static final JsonFactory JSON = new JsonFactory();

    private CodebookRows() {
    }

    static Codebook read(Connection connection) throws SQLException {
        Map<Long, List<AttributeDefinition>> attributes = new HashMap<>();
        List<AttributeDefinition> documentFields = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, category_id, name, type, choices, description "
                     + "FROM attribute_definition ORDER BY position, id")) {
            while (rows.next()) {
                AttributeDefinition definition = new AttributeDefinition(rows.getLong(1), rows.getString(3),
                        AttributeType.fromCode(rows.getString(4)), choices(rows.getString(5)), rows.getString(6));
                long categoryId = rows.getLong(2);
                if (rows.wasNull()) {
                    documentFields.add(definition);
                } else {
                    attributes.computeIfAbsent(categoryId, id -> new ArrayList<>()).add(definition);
                }
            }
        }
        List<Category> categories = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, guid, parent_id, name, color, shortcut, description, "
                     + "role, position FROM category ORDER BY position, id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long parent = rows.getLong(3);
                Long parentId = rows.wasNull() ? null : parent;
                categories.add(new Category(id, UUID.fromString(rows.getString(2)), parentId, rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7), CategoryRole.fromCode(rows.getString(8)),
                        rows.getInt(9), attributes.getOrDefault(id, List.of())));
            }
        }
        return new Codebook(categories, documentFields);
    }

    static void write(Connection connection, CategoryChange change) throws SQLException {
        Category after = change.after();
        if (after == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM category WHERE id = ?")) {
                delete.setLong(1, change.before().id());
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO category "
                + "(id, guid, parent_id, name, color, shortcut, description, role, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET guid = excluded.guid, parent_id = excluded.parent_id, name = excluded.name, "
                + "color = excluded.color, shortcut = excluded.shortcut, description = excluded.description, "
                + "role = excluded.role, position = excluded.position")) {
            upsert.setLong(1, after.id());
            upsert.setString(2, after.guid().toString());
            if (after.parentId() == null) {
                upsert.setNull(3, Types.INTEGER);
            } else {
                upsert.setLong(3, after.parentId());
            }
            upsert.setString(4, after.name());
            upsert.setString(5, after.color());
            upsert.setString(6, after.shortcut());
            upsert.setString(7, after.description());
            upsert.setString(8, after.role() == null ? null : after.role().code());
            upsert.setInt(9, after.position());
            upsert.executeUpdate();
        }
        replaceAttributes(connection, after.id(), after.attributes());
    }

    /** Makes the category's attribute definitions exactly these, keeping the ids (and values) of those kept. */
    private static void replaceAttributes(Connection connection, long categoryId, List<AttributeDefinition> attributes)
            throws SQLException {
        List<Long> kept = attributes.stream().map(AttributeDefinition::id).toList();
        try (PreparedStatement existing = connection.prepareStatement("SELECT id FROM attribute_definition WHERE category_id = ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM attribute_definition WHERE id = ?")) {
            existing.setLong(1, categoryId);
            List<Long> gone = new ArrayList<>();
            try (ResultSet rows = existing.executeQuery()) {
                while (rows.next()) {
                    if (!kept.contains(rows.getLong(1))) {
                        gone.add(rows.getLong(1));
                    }
                }
            }
            for (long id : gone) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
        for (int i = 0; i < attributes.size(); i++) {
            upsertAttribute(connection, categoryId, attributes.get(i), i);
        }
    }

    static void write(Connection connection, DocumentFieldChange change) throws SQLException {
        if (change.after() == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM attribute_definition WHERE id = ?")) {
                delete.setLong(1, change.before().id());
                delete.executeUpdate();
            }
            return;
        }
        upsertAttribute(connection, null, change.after(), change.position());
    }

    private static void upsertAttribute(Connection connection, Long categoryId, AttributeDefinition attribute, int position)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO attribute_definition "
                + "(id, category_id, name, type, choices, description, position) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET category_id = excluded.category_id, name = excluded.name, "
                + "type = excluded.type, choices = excluded.choices, description = excluded.description, "
                + "position = excluded.position")) {
            upsert.setLong(1, attribute.id());
            if (categoryId == null) {
                upsert.setNull(2, Types.INTEGER);
            } else {
                upsert.setLong(2, categoryId);
            }
            upsert.setString(3, attribute.name());
            upsert.setString(4, attribute.type().code());
            upsert.setString(5, json(attribute.choices()));
            upsert.setString(6, attribute.description());
            upsert.setInt(7, position);
            upsert.executeUpdate();
        }
    }

    /** Writes a codebook into a project whose codebook is empty; the caller owns the transaction. */
    static void seed(Connection connection, CodebookDraft codebook) throws SQLException {
        int position = 0;
        for (CategoryDraft category : codebook.categories()) {
            insertTree(connection, category, null, position++);
        }
        position = 0;
        for (AttributeDraft field : codebook.documentFields()) {
            insertAttribute(connection, null, field, position++);
        }
    }

    static long insertTree(Connection connection, CategoryDraft draft, Long parentId, int position) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO category "
                + "(guid, parent_id, name, color, shortcut, description, role, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, UUID.randomUUID().toString());
            if (parentId == null) {
                insert.setNull(2, Types.INTEGER);
            } else {
                insert.setLong(2, parentId);
            }
            insert.setString(3, draft.name());
            insert.setString(4, draft.color());
            insert.setString(5, draft.shortcut());
            insert.setString(6, draft.description());
            insert.setString(7, draft.role() == null ? null : draft.role().code());
            insert.setInt(8, position);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        int attributePosition = 0;
        for (AttributeDraft attribute : draft.attributes()) {
            insertAttribute(connection, id, attribute, attributePosition++);
        }
        int childPosition = 0;
        for (CategoryDraft child : draft.children()) {
            insertTree(connection, child, id, childPosition++);
        }
        return id;
    }

    static void insertAttribute(Connection connection, Long categoryId, AttributeDraft attribute, int position)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attribute_definition "
                + "(category_id, name, type, choices, description, position) VALUES (?, ?, ?, ?, ?, ?)")) {
            if (categoryId == null) {
                insert.setNull(1, Types.INTEGER);
            } else {
                insert.setLong(1, categoryId);
            }
            insert.setString(2, attribute.name());
            insert.setString(3, attribute.type().code());
            insert.setString(4, json(attribute.choices()));
            insert.setString(5, attribute.description());
            insert.setInt(6, position);
            insert.executeUpdate();
        }
    }

    private static String json(List<String> choices) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartArray();
            for (String choice : choices) {
                generator.writeString(choice);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static List<String> choices(String json) throws SQLException {
        List<String> choices = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                JsonToken token;
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    choices.add(parser.getText());
                }
                if (token == JsonToken.END_ARRAY && parser.nextToken() == null) {
                    return choices;
                }
            }
        } catch (IOException e) {
            throw new SQLException("The choices of an attribute are not a JSON list of text: " + json, e);
        }
        throw new SQLException("The choices of an attribute are not a JSON list of text: " + json);
    }
}
