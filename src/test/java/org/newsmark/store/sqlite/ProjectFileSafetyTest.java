package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.NewerProjectException;
import org.newsmark.store.NotAProjectException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectInUseException;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ReadOnlyProjectException;
import org.newsmark.store.StoreException;
import org.newsmark.testing.Annotations;

/** Bad files opened as projects: each is refused with a clear message and left exactly as it was. */
class ProjectFileSafetyTest {

    @TempDir
    Path folder;

    private static final ArticleDraft DRAFT = new ArticleDraft("Title", null, null, null, null, null,
            "Title\nMr Musk blamed a massive DDoS attack on X.");

    @Test
    void aTextFileOpenedAsAProjectIsRefusedAndLeftByteForByte() throws Exception {
        Path notes = folder.resolve("notes.newsmark");
        byte[] original = "These are my interview notes, not a database.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, original);

        assertThatThrownBy(() -> SqliteProjectStore.open(notes, OpenMode.CREATE_OR_OPEN))
                .isInstanceOf(NotAProjectException.class)
                .hasMessageContaining("notes.newsmark is not a Newsmark project")
                .hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(notes)).isEqualTo(original);
        assertThat(folder.toFile().list()).containsExactly("notes.newsmark");
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndLeftByteForByte() throws Exception {
        Path other = folder.resolve("zotero.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)");
            statement.executeUpdate("INSERT INTO items (title) VALUES ('a paper')");
        }
        byte[] original = Files.readAllBytes(other);

        assertThatThrownBy(() -> SqliteProjectStore.open(other, OpenMode.CREATE_OR_OPEN))
                .isInstanceOf(NotAProjectException.class)
                .hasMessageContaining("another program");
        assertThat(Files.readAllBytes(other)).isEqualTo(original);
    }

    @Test
    void aProjectFromANewerVersionIsRefusedAndLeftByteForByte() throws Exception {
        Path file = folder.resolve("future.newsmark");
        SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = 99");
        }
        byte[] original = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN))
                .isInstanceOf(NewerProjectException.class)
                .hasMessageContaining("newer version of Newsmark")
                .hasMessageContaining("format 99");
        assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.READ_ONLY))
                .isInstanceOf(NewerProjectException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void aTruncatedProjectIsRefused() throws Exception {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            store.addArticle(DRAFT);
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] truncated = java.util.Arrays.copyOf(whole, 100);
        Files.write(file, truncated);

        assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("p.newsmark");
        assertThat(Files.readAllBytes(file)).isEqualTo(truncated);
    }

    @Test
    void aFolderIsNotAProject() {
        assertThatThrownBy(() -> SqliteProjectStore.open(folder, OpenMode.CREATE_OR_OPEN))
                .isInstanceOf(NotAProjectException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void openingAMissingProjectWithoutCreatingCreatesNothing() {
        Path missing = folder.resolve("missing.newsmark");
        assertThatThrownBy(() -> SqliteProjectStore.open(missing, OpenMode.OPEN_EXISTING))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("There is no project at");
        assertThatThrownBy(() -> SqliteProjectStore.open(missing, OpenMode.READ_ONLY))
                .isInstanceOf(StoreException.class);
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void anEmptyFileBecomesAProjectOnlyWhenCreating() throws Exception {
        Path file = Files.createFile(folder.resolve("new.newsmark"));
        assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING))
                .isInstanceOf(NotAProjectException.class)
                .hasMessageContaining("is empty, not a Newsmark project");
        assertThat(Files.size(file)).isZero();
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.codebook().byName("Claim")).isPresent();
        }
    }

    @Test
    void aProjectHeldByAnotherProcessIsReportedWithThatProcess() throws Exception {
        Path file = folder.resolve("shared.newsmark");
        SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProjectHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(ready).isEqualTo("open");
            assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN))
                    .isInstanceOf(ProjectInUseException.class)
                    .hasMessageContaining("process " + holder.pid() + "@");
            try (ProjectStore reader = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
                assertThat(reader.codebook().byName("Claim")).isPresent();
            }
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING).close();
    }

    @Test
    void aSecondWriterIsToldTheProjectIsInUseWhileReadersStillWork() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore first = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            first.addArticle(DRAFT);
            assertThatThrownBy(() -> SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN))
                    .isInstanceOf(ProjectInUseException.class)
                    .hasMessageContaining("already open in another Newsmark window")
                    .hasMessageContaining("read-only");
            try (ProjectStore reader = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
                assertThat(reader.articles()).hasSize(1);
                assertThat(reader.isReadOnly()).isTrue();
                assertThatThrownBy(() -> reader.addArticle(DRAFT)).isInstanceOf(ReadOnlyProjectException.class);
            }
        }
        SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING).close();
    }

    @Test
    void aWriteProtectedProjectOpensReadOnlyAndIsNotChanged() throws Exception {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            store.addArticle(DRAFT);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] original = Files.readAllBytes(file);

        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.readOnlyReason()).contains("the file is write-protected");
            Article article = store.article(store.articles().get(0).id()).orElseThrow();
            Annotation claim = Annotations.of(article, "Mr Musk", Annotations.category(store, "Claim"));
            assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(claim))))
                    .isInstanceOf(ReadOnlyProjectException.class)
                    .hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void aFullDiskFailsTheChangeWithAClearMessageAndKeepsWhatWasSaved() throws Exception {
        Path file = folder.resolve("p.newsmark");
        try (SqliteProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            Annotation saved = Annotations.of(article, "Mr Musk", Annotations.category(store, "Speaker"));
            store.apply(List.of(AnnotationChange.create(saved)));
            try (Statement statement = store.connection().createStatement()) {
                statement.execute("PRAGMA max_page_count = " + pageCount(statement));
            }
            String longText = "x".repeat(200_000);
            ArticleDraft big = new ArticleDraft("Big", null, null, null, null, null, longText);

            assertThatThrownBy(() -> store.addArticle(big))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is full")
                    .hasMessageContaining("Nothing was half-written");
            assertThat(store.articles()).hasSize(1);
            assertThat(store.annotations(article.id())).containsExactly(saved);
        }
        try (ProjectStore reopened = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(reopened.articles()).hasSize(1).first().extracting(a -> a.annotationCount()).isEqualTo(1);
        }
    }

    @Test
    void aBusyFileFailsTheChangeClearlyAndLaterChangesStayWhole() throws Exception {
        Path file = folder.resolve("p.newsmark");
        try (SqliteProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            try (Statement statement = store.connection().createStatement()) {
                statement.execute("PRAGMA busy_timeout = 50");
            }
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement holder = other.createStatement()) {
                holder.execute("BEGIN IMMEDIATE");
                assertThatThrownBy(() -> store.putSetting("ui.last_article", "1"))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("busy in another program");
                holder.execute("ROLLBACK");
            }
            Annotation good = Annotations.of(article, "Mr Musk", Annotations.category(store, "Speaker"));
            Annotation unknownCategory = Annotations.of(article, "DDoS", 999);

            assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(good), AnnotationChange.create(unknownCategory))))
                    .isInstanceOf(StoreException.class);
            assertThat(store.annotations(article.id())).isEmpty();

            store.apply(List.of(AnnotationChange.create(good)));
        }
        try (ProjectStore reopened = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            assertThat(reopened.annotations(1)).hasSize(1);
            assertThat(reopened.setting("ui.last_article")).isEmpty();
        }
    }

    private static long pageCount(Statement statement) throws Exception {
        try (var rows = statement.executeQuery("PRAGMA page_count")) {
            return rows.getLong(1);
        }
    }
}
