package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.NotAProjectException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.StoreException;

/**
 * A project is created whole or not at all: whatever stops its creation half-way (a crash, a full
 * disk, a codebook that cannot be stored) leaves nothing that Newsmark would later refuse.
 */
class ProjectCreationTest {

    @TempDir
    Path folder;

    /** Two categories of one name: the codebook's second category fails to be stored, after the schema was made. */
    private static final CodebookDraft UNSTORABLE = new CodebookDraft("broken", List.of(
            new CategoryDraft("Claim", "#FF0000", "1", ""), new CategoryDraft("Claim", "#00FF00", "2", "")), List.of());

    @Test
    void aCreationThatFailsHalfWayLeavesNoFileBehind() {
        Path file = folder.resolve("study.newsmark");

        assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN, UNSTORABLE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("study.newsmark");

        assertThat(folder.toFile().list()).doesNotContain("study.newsmark", "study.newsmark-wal", "study.newsmark-shm");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.codebook().byName("Expert quote")).isPresent();
        }
    }

    @Test
    void aCreationThatFailsInAnEmptyFileTheUserMadeLeavesItEmpty() throws Exception {
        Path file = Files.createFile(folder.resolve("study.newsmark"));

        assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN, UNSTORABLE))
                .isInstanceOf(StoreException.class);

        assertThat(file).exists();
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.codebook().byName("Claim")).isPresent();
        }
    }

    @Test
    void aProjectLeftHalfMadeByAnOlderNewsmarkIsCompleted() throws Exception {
        Path file = folder.resolve("first-import.newsmark");
        // What Newsmark 0.1 left when killed while creating a project: its first two migrations
        // committed one by one, the application id (set by the last) missing.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            for (int version = 1; version <= 2; version++) {
                statement.execute("BEGIN IMMEDIATE");
                for (String sql : Migrations.statements(version == 1 ? "001-foundation.sql" : "002-news-sourcing.sql")) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA user_version = " + version);
                statement.execute("COMMIT");
            }
        }

        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.codebook().byName("Expert quote")).isPresent();
            store.addArticle(new ArticleDraft("Title", null, null, null, null, null, "Title\nSome text."));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA application_id")) {
            assertThat(rows.getInt(1)).isEqualTo(ProjectFileInspector.APPLICATION_ID);
        }
        try (ProjectStore reopened = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(reopened.articles()).hasSize(1);
            assertThat(reopened.setting("codebook.name")).contains(Codebooks.newsSourcing().name());
        }
    }

    @Test
    void aDatabaseThatOnlyLooksHalfMadeIsStillRefused() throws Exception {
        Path file = folder.resolve("other.newsmark");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT)");
            statement.executeUpdate("PRAGMA user_version = 1");
        }
        byte[] original = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN))
                .isInstanceOf(NotAProjectException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }
}
