package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.newsmark.model.CategoryDraft;

/** Writes the codebook a new project starts with. */
final class CodebookSeeder {

    private CodebookSeeder() {
    }

    /** Inserts the categories; the caller owns the transaction. */
    static void seed(Connection connection, List<CategoryDraft> codebook) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO category (name, color, shortcut, description, position) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (CategoryDraft category : codebook) {
                insert.setString(1, category.name());
                insert.setString(2, category.color());
                insert.setString(3, category.shortcut());
                insert.setString(4, category.description());
                insert.setInt(5, position++);
                insert.executeUpdate();
            }
        }
    }
}
