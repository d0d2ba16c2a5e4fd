package org.newsmark.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.ImportReport.Outcome;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Samples;

class TextFileImporterTest {

    @TempDir
    Path folder;

    @Test
    void theSamplesImportIntoARealProject() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ImportReport report = new TextFileImporter(store, StandardCharsets.UTF_8)
                    .importPaths(List.of(Samples.BBC, Samples.WIKINEWS));

            assertThat(report.count(Outcome.IMPORTED)).isEqualTo(11);
            assertThat(report.anyFailed()).isFalse();
            assertThat(store.articles()).first().extracting(ArticleSummary::title, ArticleSummary::source)
                    .containsExactly("Musk hosts friendly chat with Trump on X after tech delays", "BBC");
        }
    }

    @Test
    void importingTheSameFileAgainIsReportedAsADuplicateAndAddsNothing() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            TextFileImporter importer = new TextFileImporter(store, StandardCharsets.UTF_8);
            importer.importPaths(List.of(Samples.BBC));
            ImportReport again = importer.importPaths(List.of(Samples.BBC));

            assertThat(again.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.outcome()).isEqualTo(Outcome.DUPLICATE);
                assertThat(entry.message()).contains("already in the project");
            });
            assertThat(store.articles()).hasSize(1);
        }
    }

    @Test
    void badFilesAreSkippedWithTheirReasonWhileTheRestImport() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.txt"));
        Path binary = Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
        Path latin1 = Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 culture\nIt is a story.".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = folder.resolve("missing.txt");
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ImportReport report = new TextFileImporter(store, StandardCharsets.UTF_8)
                    .importPaths(List.of(empty, binary, Samples.BBC, latin1, missing));

            assertThat(report.entries()).extracting(ImportReport.Entry::outcome).containsExactly(
                    Outcome.FAILED, Outcome.FAILED, Outcome.IMPORTED, Outcome.FAILED, Outcome.FAILED);
            assertThat(report.entries()).extracting(ImportReport.Entry::message).containsExactly(
                    "the file is empty", "it is a binary file, not text", "",
                    "it is not valid UTF-8 text (bad bytes at byte 3); save it as UTF-8 or name its encoding",
                    "there is no such file");
            assertThat(store.articles()).hasSize(1);
        }
    }

    @Test
    void aFolderWithoutTextFilesIsReported() throws Exception {
        Path emptyFolder = Files.createDirectory(folder.resolve("nothing-here"));
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ImportReport report = new TextFileImporter(store, StandardCharsets.UTF_8).importPaths(List.of(emptyFolder));
            assertThat(report.entries()).singleElement().extracting(ImportReport.Entry::message)
                    .isEqualTo("the folder has no .txt files");
        }
    }
}
