package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ReadOnlyProjectException;
import org.newsmark.store.StoreException;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Damage;

/** A damaged project is recognised when it is opened, never written to, and can be saved repaired. */
class DamagedProjectTest {

    @TempDir
    Path folder;

    private Path damagedProject() throws Exception {
        Path file = folder.resolve("damaged.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            store.addArticles(List.of(
                    new ArticleDraft("First", null, "BBC", null, null, null, "First\nMr Musk blamed a massive DDoS attack on X."),
                    new ArticleDraft("Second", null, "BBC", null, null, null, "Second\nThe experts doubted it.")));
        }
        Damage.missingIndexRow(file);
        return file;
    }

    @Test
    void aDamagedProjectOpensReadOnlyAndSaysWhatIsWrong() throws Exception {
        Path file = damagedProject();
        byte[] before = Files.readAllBytes(file);

        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.damage()).hasValueSatisfying(problem -> assertThat(problem).contains("article_by_source"));
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("it is damaged (").contains("repaired copy"));
            Annotation claim = Annotations.of(store.article(1).orElseThrow(), "DDoS", Annotations.category(store, "Claim"));
            assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(claim))))
                    .isInstanceOf(ReadOnlyProjectException.class)
                    .hasMessageContaining("damaged");
            assertThatThrownBy(() -> store.addArticle(new ArticleDraft("Third", null, null, null, null, null, "Third\nText.")))
                    .isInstanceOf(ReadOnlyProjectException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aRepairedCopyHoldsEverythingAndIsWholeAndWritable() throws Exception {
        Path file = damagedProject();
        Path repaired = folder.resolve("repaired.newsmark");

        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            store.saveRepairedCopy(repaired);
        }

        try (ProjectStore copy = SqliteProjectStore.open(repaired, OpenMode.OPEN_EXISTING)) {
            assertThat(copy.damage()).isEmpty();
            assertThat(copy.isReadOnly()).isFalse();
            assertThat(copy.articles()).extracting(summary -> summary.source())
                    .containsExactly("Changed behind the index", "BBC");
            assertThat(copy.outlets()).contains("Changed behind the index");
            copy.addArticle(new ArticleDraft("Third", null, null, null, null, null, "Third\nText."));
        }
        assertThat(folder.resolve("repaired.newsmark.partial")).doesNotExist();
    }

    @Test
    void aLargeProjectIsCheckedInTheBackgroundAndThenNoLongerWritten() throws Exception {
        Path file = damagedProject();
        try (SqliteProjectStore store = ProjectOpener.open(file, OpenMode.OPEN_EXISTING,
                org.newsmark.model.Codebooks.newsSourcing(), 0)) {
            assertThat(store.integrityChecked()).isFalse();
            assertThat(store.isReadOnly()).isFalse();

            assertThat(store.checkIntegrity()).isPresent();

            assertThat(store.isReadOnly()).isTrue();
            assertThatThrownBy(() -> store.putSetting("ui.last_article", "2")).isInstanceOf(ReadOnlyProjectException.class);
        }
    }

    @Test
    void aBackupIsNeverWrittenOverAnExistingFile() throws Exception {
        Path file = folder.resolve("p.newsmark");
        Path existing = Files.writeString(folder.resolve("backup.newsmark"), "something precious");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThatThrownBy(() -> store.saveBackup(existing)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already exists");
            store.addArticle(new ArticleDraft("First", null, null, null, null, null, "First\nText."));
            Path copy = folder.resolve("copy.newsmark");
            store.saveBackup(copy);
            try (ProjectStore backup = SqliteProjectStore.open(copy, OpenMode.READ_ONLY)) {
                assertThat(backup.articles()).hasSize(1);
            }
        }
        assertThat(Files.readString(existing)).isEqualTo("something precious");
    }
}
