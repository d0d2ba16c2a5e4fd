package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;

/**
 * Brings a project made by the first version up to the news-sourcing codebook of version 2. Those
 * projects all have the first version's four categories (it could not edit codebooks), so the
 * categories found by name gain their role, attributes and sub-categories, and the Cue category and
 * document fields are added. Existing annotations are not touched.
 */
final class FoundationCodebookUpgrade {

    private FoundationCodebookUpgrade() {
    }

    static void run(Connection connection) throws SQLException {
        CodebookDraft codebook = Codebooks.newsSourcing();
        int nextPosition = maxPosition(connection) + 1;
        for (CategoryDraft draft : codebook.categories()) {
            Long existing = categoryNamed(connection, draft.name());
            if (existing == null) {
                CategoryDraft added = shortcutTaken(connection, draft.shortcut())
                        ? new CategoryDraft(draft.name(), draft.color(), null, draft.description(), draft.role(),
                                draft.attributes(), draft.children())
                        : draft;
                CodebookRows.insertTree(connection, added, null, nextPosition++);
                continue;
            }
            try (PreparedStatement role = connection.prepareStatement("UPDATE category SET role = ? WHERE id = ?")) {
                role.setString(1, draft.role() == null ? null : draft.role().code());
                role.setLong(2, existing);
                role.executeUpdate();
            }
            int position = 0;
            for (AttributeDraft attribute : draft.attributes()) {
                CodebookRows.insertAttribute(connection, existing, attribute, position++);
            }
            position = 0;
            for (CategoryDraft child : draft.children()) {
                if (categoryNamed(connection, child.name()) == null) {
                    CodebookRows.insertTree(connection, child, existing, position++);
                }
            }
        }
        int position = 0;
        for (AttributeDraft field : codebook.documentFields()) {
            CodebookRows.insertAttribute(connection, null, field, position++);
        }
    }

    private static Long categoryNamed(Connection connection, String name) throws SQLException {
        List<Long> found = ids(connection, "SELECT id FROM category WHERE name = ? COLLATE NOCASE", name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean shortcutTaken(Connection connection, String shortcut) throws SQLException {
        return shortcut != null && !ids(connection, "SELECT id FROM category WHERE shortcut = ?", shortcut).isEmpty();
    }

    private static int maxPosition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(max(position), -1) FROM category");
             ResultSet rows = statement.executeQuery()) {
            return rows.getInt(1);
        }
    }

    private static List<Long> ids(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<Long> ids = new java.util.ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        }
    }
}
