package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ReadOnlyProjectException;
import org.newsmark.testing.Annotations;

/**
 * A project in a folder that cannot be written (a write-protected folder, a read-only medium such as
 * a DVD or a read-only share): it opens read-only, says why, and leaves the folder as it was.
 */
class ReadOnlyFolderTest {

    @TempDir
    Path home;

    private Path folder;

    @AfterEach
    void makeDeletable() throws Exception {
        if (folder != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private Path projectWithAnArticle() throws Exception {
        folder = Files.createDirectories(home.resolve("archive"));
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(new ArticleDraft("Title", null, null, null, null, null,
                    "Title\nMr Musk blamed a massive DDoS attack on X.")).id()).orElseThrow();
            store.apply(List.of(AnnotationChange.create(Annotations.of(article, "Mr Musk", Annotations.category(store, "Speaker")))));
        }
        Files.deleteIfExists(folder.resolve("p.newsmark.lock"));
        return file;
    }

    private List<String> folderListing() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aProjectInAWriteProtectedFolderOpensReadOnlyAndTheFolderStaysAsItWas() throws Exception {
        Path file = projectWithAnArticle();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> before = folderListing();
        byte[] original = Files.readAllBytes(file);

        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.readOnlyReason()).contains("its folder is write-protected");
            assertThat(store.articles()).singleElement().satisfies(summary -> assertThat(summary.annotationCount()).isEqualTo(1));
            Annotation more = Annotations.of(store.article(1).orElseThrow(), "DDoS", Annotations.category(store, "Claim"));
            assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(more))))
                    .isInstanceOf(ReadOnlyProjectException.class);
            assertThat(folderListing()).isEqualTo(before);
        }
        assertThat(folderListing()).isEqualTo(before);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void changesAProgramLeftInTheWriteAheadLogAreReadToo() throws Exception {
        Path file = projectWithAnArticle();
        // A session that ended without folding its log into the file (killed, say): the newest change is
        // only in -wal. Made by keeping the file as it was before the change and the log after it.
        Path fileBefore = Files.copy(file, home.resolve("file-before"));
        Path walAfter = home.resolve("wal-after");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = writer.createStatement()) {
            statement.executeUpdate("UPDATE annotation SET note = 'only in the log'");
            Files.copy(folder.resolve("p.newsmark-wal"), walAfter);
        }
        Files.copy(fileBefore, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(walAfter, folder.resolve("p.newsmark-wal"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(folder.resolve("p.newsmark-shm"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> before = folderListing();

        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.annotations(1)).singleElement().satisfies(a -> assertThat(a.note()).isEqualTo("only in the log"));
        }
        assertThat(folderListing()).isEqualTo(before);
    }
}
