package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
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
    void aFoundationProjectOpensWithEveryAnnotationIntact() throws Exception {
        try (ProjectStore store = SqliteProjectStore.open(copyOfFixture(), OpenMode.OPEN_EXISTING)) {
            assertThat(store.articles()).extracting(a -> a.title() + " / " + a.annotationCount()).containsExactly(
                    "Musk hosts friendly chat with Trump on X after tech delays / 4",
                    "Australian children suffering from iodine deficiency / 0");
            assertThat(store.categories()).extracting(Category::name)
                    .containsExactly("Speaker", "Claim", "Expert quote", "Context");
            String text = store.article(1).orElseThrow().text();
            for (Annotation annotation : store.annotations(1)) {
                assertThat(text.substring(annotation.start(), annotation.end())).isEqualTo(annotation.text());
            }
            assertThat(store.annotations(1)).filteredOn(a -> a.text().equals("massive DDoS attack on X"))
                    .singleElement().extracting(Annotation::note).isEqualTo("no evidence given");
            assertThat(store.setting("ui.last_article")).contains("1");
        }
    }

    @Test
    void readingItLeavesTheFileUnchanged() throws Exception {
        Path copy = copyOfFixture();
        byte[] before = Files.readAllBytes(copy);
        try (ProjectStore store = SqliteProjectStore.open(copy, OpenMode.READ_ONLY)) {
            assertThat(store.annotations(1)).hasSize(4);
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }
}
