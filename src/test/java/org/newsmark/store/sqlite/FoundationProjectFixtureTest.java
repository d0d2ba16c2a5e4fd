package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Codebook;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;

/**
 * {@code fixtures/foundation-v1.newsmark} is a project as the first version of Newsmark wrote it (the
 * BBC and iodine samples, four annotations). Later versions must keep opening it, upgrading it
 * without losing a thing; this test holds them to that.
 */
class FoundationProjectFixtureTest {

    @TempDir
    Path folder;

    private Path copyOfFixture() throws Exception {
        Path copy = folder.resolve("foundation.newsmark");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/foundation-v1.newsmark")) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void theUpgradeKeepsEveryAnnotationAndAddsTheNewsSourcingCodebook() throws Exception {
        Path file = copyOfFixture();
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(store.articles()).extracting(a -> a.title() + " / " + a.annotationCount()).containsExactly(
                    "Musk hosts friendly chat with Trump on X after tech delays / 4",
                    "Australian children suffering from iodine deficiency / 0");
            String text = store.article(1).orElseThrow().text();
            List<Annotation> annotations = store.annotations(1);
            for (Annotation annotation : annotations) {
                assertThat(text.substring(annotation.start(), annotation.end())).isEqualTo(annotation.text());
                assertThat(annotation.attributes()).isEmpty();
                assertThat(annotation.personId()).isNull();
            }
            assertThat(annotations).filteredOn(a -> a.text().equals("massive DDoS attack on X"))
                    .singleElement().extracting(Annotation::note).isEqualTo("no evidence given");
            assertThat(store.setting("ui.last_article")).contains("1");

            Codebook codebook = store.codebook();
            assertThat(codebook.children(null)).extracting(Category::name, Category::shortcut, Category::role).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Speaker", "1", CategoryRole.SOURCE),
                    org.assertj.core.groups.Tuple.tuple("Claim", "2", CategoryRole.CONTENT),
                    org.assertj.core.groups.Tuple.tuple("Expert quote", "3", CategoryRole.CONTENT),
                    org.assertj.core.groups.Tuple.tuple("Context", "4", CategoryRole.CONTEXT),
                    org.assertj.core.groups.Tuple.tuple("Cue", "5", CategoryRole.CUE));
            Category claim = codebook.byName("Claim").orElseThrow();
            assertThat(claim.id()).as("existing categories keep their ids").isEqualTo(2);
            assertThat(claim.attributes()).extracting(AttributeDefinition::name)
                    .containsExactly("Challenged in the text", "Evidence given", "Checkable");
            assertThat(codebook.children(codebook.byName("Speaker").orElseThrow().id())).hasSize(7);
            assertThat(codebook.documentFields()).extracting(AttributeDefinition::name).containsExactly("Genre", "Balance of sources");
            assertThat(store.links(1)).isEmpty();
            assertThat(store.people()).isEmpty();
        }
        assertThat(folder.resolve("foundation.newsmark.v1.bak")).exists();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(SqliteProjectStore.schemaVersion());
        }
    }

    @Test
    void readingItWithoutWriteAccessGoesThroughAnUpgradedCopyAndLeavesTheFileUnchanged() throws Exception {
        Path copy = copyOfFixture();
        byte[] before = Files.readAllBytes(copy);
        try (ProjectStore store = SqliteProjectStore.open(copy, OpenMode.READ_ONLY)) {
            assertThat(store.annotations(1)).hasSize(4);
            assertThat(store.codebook().byName("Cue")).isPresent();
            assertThat(store.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason).contains("upgraded copy"));
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        assertThat(folder.toFile().list()).containsOnly("foundation.newsmark", "foundation.newsmark-shm", "foundation.newsmark-wal");
    }
}
