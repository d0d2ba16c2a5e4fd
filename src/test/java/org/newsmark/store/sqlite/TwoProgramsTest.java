package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectInUseException;
import org.newsmark.store.ProjectStore;
import org.newsmark.testing.Annotations;

/** A window and a command-line import on one project: both write, in turn, and each sees the other's work. */
class TwoProgramsTest {

    @TempDir
    Path folder;

    private static ArticleDraft article(String title) {
        return new ArticleDraft(title, null, null, null, null, null, title + "\nMr Musk blamed a massive DDoS attack on X.");
    }

    @Test
    void anImportAddsToAProjectAWindowHoldsAndTheWindowNoticesIt() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore window = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            Article first = window.article(window.addArticle(article("First")).id()).orElseThrow();
            long seen = window.outsideChanges();

            try (ProjectStore command = SqliteProjectStore.open(file, OpenMode.SHARED_WRITE)) {
                assertThat(command.isReadOnly()).isFalse();
                command.addArticle(article("Imported meanwhile"));
                window.apply(List.of(AnnotationChange.create(Annotations.of(first, "Mr Musk", Annotations.category(window, "Speaker")))));
                command.addArticle(article("Imported after the save"));
            }

            assertThat(window.outsideChanges()).isNotEqualTo(seen);
            assertThat(window.articles()).extracting(summary -> summary.title())
                    .containsExactly("First", "Imported meanwhile", "Imported after the save");
            long now = window.outsideChanges();
            window.putSetting("ui.last_article", "1");
            assertThat(window.outsideChanges()).as("its own writes are not outside changes").isEqualTo(now);
        }
    }

    @Test
    void aReadOnlyWindowNoticesWhatTheWritingWindowSaves() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore writing = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            writing.addArticle(article("First"));
            try (ProjectStore reading = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
                assertThat(reading.isReadOnly()).isTrue();
                long seen = reading.outsideChanges();

                writing.addArticle(article("Added by the other window"));

                assertThat(reading.outsideChanges()).isNotEqualTo(seen);
                assertThat(reading.articles()).extracting(summary -> summary.title())
                        .containsExactly("First", "Added by the other window");
            }
        }
    }

    @Test
    void anImportCreatesAProjectAndLeavesItFreeForAWindow() {
        Path file = folder.resolve("new.newsmark");
        try (ProjectStore command = SqliteProjectStore.open(file, OpenMode.SHARED_WRITE)) {
            command.addArticle(article("First"));
            try (ProjectStore window = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
                assertThat(window.isReadOnly()).isFalse();
                assertThat(window.articles()).hasSize(1);
            }
        }
    }

    @Test
    void twoWindowsStillCannotBothWrite() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore window = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING))
                    .isInstanceOf(ProjectInUseException.class);
        }
    }
}
