package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ReadOnlyProjectException;

/** Schema 7: rejected suggestions are kept with the project, per article, until forgotten. */
class RejectedSuggestionsTest {

    @TempDir
    Path folder;

    private static final String HOLT = "content 0-14,31-54 cue 25-29 source 15-24";

    private long article(ProjectStore store, String text) {
        return store.addArticle(new ArticleDraft("Holt", null, null, null, null, null, text)).id();
    }

    @Test
    void aRejectionIsThereWhenTheProjectIsOpenedAgainAndOnlyForItsArticle() {
        Path file = folder.resolve("p.newsmark");
        long holt;
        long other;
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            holt = article(store, "“We will win,” Jane Holt said, “and we will win soon.”");
            other = article(store, "Nothing was said.");
            store.rejectSuggestion(holt, HOLT, "ana");
            store.rejectSuggestion(holt, HOLT, "ben"); // twice is once
        }
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(store.rejectedSuggestions(holt)).containsExactly(HOLT);
            assertThat(store.rejectedSuggestions(other)).isEmpty();
            assertThat(store.forgetRejectedSuggestions(holt)).isEqualTo(1);
            assertThat(store.rejectedSuggestions(holt)).isEmpty();
        }
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            assertThatThrownBy(() -> store.rejectSuggestion(holt, HOLT, "ana")).isInstanceOf(ReadOnlyProjectException.class);
        }
    }

    @Test
    void aProjectOfSchemaSixGainsTheTableAndKeepsItsArticles() throws Exception {
        Path file = folder.resolve("v6.newsmark");
        long holt;
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            holt = article(store, "“We will win,” Jane Holt said.");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE rejected_suggestion");
            statement.executeUpdate("PRAGMA user_version = 6");
        }
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(store.damage()).isEmpty();
            assertThat(store.articles()).hasSize(1);
            store.rejectSuggestion(holt, HOLT, "ana");
            assertThat(store.rejectedSuggestions(holt)).containsExactly(HOLT);
        }
        assertThat(List.of(SqliteProjectStore.schemaVersion())).containsExactly(7);
    }
}
