package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.ArticleCoding;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;

/**
 * A project of schema 4, one coder's, upgraded to schema 5: its links, attribute values and
 * document codes become that coder's, who becomes the project's coder and has coded the article.
 */
class CodersUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void oneCodersWorkStaysTheirsAfterTheUpgrade() throws Exception {
        Path file = folder.resolve("v4.newsmark");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String script : List.of("001-foundation.sql", "002-news-sourcing.sql", "003-corpus.sql", "004-index-merging.sql")) {
                for (String sql : Migrations.statements(script)) {
                    statement.executeUpdate(sql);
                }
            }
            statement.executeUpdate("INSERT INTO category (id, name, color, description, position) VALUES (1, 'Claim', '#000000', '', 0)");
            statement.executeUpdate("INSERT INTO category (id, name, color, description, position) VALUES (2, 'Speaker', '#000000', '', 1)");
            statement.executeUpdate("INSERT INTO attribute_definition (id, category_id, name, type, position) VALUES (1, 1, 'Checkable', 'yes_no', 0)");
            statement.executeUpdate("INSERT INTO attribute_definition (id, category_id, name, type, position) VALUES (2, NULL, 'Genre', 'text', 0)");
            statement.executeUpdate("INSERT INTO article (id, title, text, content_hash, imported_at) VALUES "
                    + "(1, 'Bridge', 'Jane said the bridge reopens.', 'h1', '2026-01-01T00:00:00.000Z')");
            String annotation = "INSERT INTO annotation (id, article_id, category_id, start_offset, end_offset, text, prefix, "
                    + "suffix, note, annotator, created, updated) VALUES ('%s', 1, %d, %d, %d, '%s', '', '', '', 'maria', "
                    + "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')";
            statement.executeUpdate(annotation.formatted("11111111-1111-4111-8111-111111111111", 1, 10, 28, "the bridge reopens"));
            statement.executeUpdate(annotation.formatted("22222222-2222-4222-8222-222222222222", 2, 0, 4, "Jane"));
            statement.executeUpdate("INSERT INTO annotation_attribute (annotation_id, attribute_id, value) VALUES "
                    + "('11111111-1111-4111-8111-111111111111', 1, 'yes')");
            statement.executeUpdate("INSERT INTO link (id, article_id, type, from_id, to_id, created) VALUES "
                    + "('33333333-3333-4333-8333-333333333333', 1, 'attributed_to', '11111111-1111-4111-8111-111111111111', "
                    + "'22222222-2222-4222-8222-222222222222', '2026-01-01T00:00:00.000Z')");
            statement.executeUpdate("INSERT INTO article_code (article_id, field_id, value) VALUES (1, 2, 'report')");
            statement.executeUpdate("PRAGMA user_version = 4");
            statement.executeUpdate("PRAGMA application_id = " + ProjectFileInspector.APPLICATION_ID);
        }
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(store.coder()).isEqualTo("maria");
            assertThat(store.coding(1).values()).containsEntry(2L, "report");
            assertThat(store.codingsOfAllCoders(1)).extracting(ArticleCoding::coder).containsExactly("maria");
            assertThat(store.articleCoders().get(1L)).containsExactly("maria");
            assertThat(store.coders()).containsExactly("maria");
            assertThat(store.links(1)).hasSize(1);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT (SELECT annotator FROM link), (SELECT annotator FROM annotation_attribute), "
                    + "(SELECT annotator FROM article_code)");
            rows.next();
            assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3))).containsOnly("maria");
        }
    }
}
