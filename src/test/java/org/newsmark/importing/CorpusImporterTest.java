package org.newsmark.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Samples;

class CorpusImporterTest {

    @TempDir
    Path folder;

    private ProjectStore project() {
        return SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    @Test
    void theSamplesImportIntoARealProjectWithTheirSidecarMetadata() {
        try (ProjectStore store = project()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));

            assertThat(report.importedCount()).isEqualTo(11);
            assertThat(report.skippedCount()).isZero();
            assertThat(store.articles()).first().extracting(ArticleSummary::title, ArticleSummary::source)
                    .containsExactly("Musk hosts friendly chat with Trump on X after tech delays", "BBC");
            assertThat(store.articles()).extracting(ArticleSummary::source).contains("en.wikinews.org");
            assertThat(report.files()).filteredOn(ImportReport.FileReport::isNote).singleElement()
                    .satisfies(note -> assertThat(note.skipped().get(0).reason()).contains("README.md"));
        }
    }

    @Test
    void importingTheSameFileAgainIsReportedAsADuplicateAndAddsNothing() {
        try (ProjectStore store = project()) {
            CorpusImporter importer = new CorpusImporter(store);
            long first = importer.importPaths(List.of(Samples.BBC)).imported().get(0).articleId();
            ImportReport again = importer.importPaths(List.of(Samples.BBC));

            assertThat(again.files()).singleElement().satisfies(file -> {
                assertThat(file.imported()).isEmpty();
                assertThat(file.duplicates()).singleElement().extracting(ImportReport.Duplicate::articleId).isEqualTo(first);
            });
            assertThat(again.summary()).isEqualTo("0 imported, 1 already in the project, 0 skipped");
            assertThat(store.articles()).hasSize(1);
        }
    }

    @Test
    void theSameTextTwiceInOneImportIsStoredOnce() throws Exception {
        Path copy = Files.copy(Samples.BBC, folder.resolve("copy-of-bbc.txt"));
        try (ProjectStore store = project()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(Samples.BBC, copy));

            assertThat(report.importedCount()).isEqualTo(1);
            assertThat(report.files().get(1).duplicates()).singleElement()
                    .extracting(ImportReport.Duplicate::articleId).isEqualTo(report.imported().get(0).articleId());
        }
    }

    @Test
    void badFilesAreSkippedWithTheirReasonWhileTheRestImport() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.txt"));
        Path binary = Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
        Path latin1 = Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 culture\nIt is a story.".getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = Files.write(folder.resolve("report.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Path missing = folder.resolve("missing.txt");
        try (ProjectStore store = project()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(empty, binary, Samples.BBC, latin1, pdf, missing));

            assertThat(report.importedCount()).isEqualTo(1);
            assertThat(report.files()).filteredOn(ImportReport.FileReport::failed)
                    .extracting(file -> Path.of(file.file()).getFileName().toString(), file -> file.skipped().get(0).reason())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("empty.txt", "the file is empty"),
                            org.assertj.core.groups.Tuple.tuple("photo.txt", "it is a binary file, not text"),
                            org.assertj.core.groups.Tuple.tuple("latin1.txt",
                                    "it is not valid UTF-8 text (bad bytes at byte 3); save it as UTF-8 or name its encoding"),
                            org.assertj.core.groups.Tuple.tuple("report.pdf",
                                    "Newsmark does not read .pdf files (it reads " + String.join(", ", ArticleReaders.all().formats()) + ")"),
                            org.assertj.core.groups.Tuple.tuple("missing.txt", "there is no such file or folder"));
            assertThat(store.articles()).hasSize(1);
        }
    }

    @Test
    void aFiftyMegabyteTextFileIsSkippedWithItsSize() throws Exception {
        Path huge = folder.resolve("huge.txt");
        byte[] line = "All work and no play makes a very long file.\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        try (ProjectStore store = project()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(huge, Samples.BBC));

            assertThat(report.files().get(0).skipped()).singleElement().extracting(ImportReport.Skipped::reason)
                    .isEqualTo("it is 50 MB; a single article over 20 MB is not imported");
            assertThat(report.importedCount()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyFolderIsReportedAndAFolderIsOnlySearchedThroughWhenAsked() throws Exception {
        Path emptyFolder = Files.createDirectory(folder.resolve("nothing-here"));
        Path outer = Files.createDirectories(folder.resolve("corpus/2024"));
        Files.copy(Samples.BBC, outer.resolve("bbc.txt"));
        Files.writeString(folder.resolve("corpus/top.txt"), "A headline\n\nThe one article at the top.");
        Files.writeString(folder.resolve("corpus/.hidden.txt"), "Hidden\n\nNot for import.");
        try (ProjectStore store = project()) {
            CorpusImporter importer = new CorpusImporter(store);
            ImportReport flat = importer.importPaths(List.of(emptyFolder, folder.resolve("corpus")));

            assertThat(flat.files().get(0).skipped()).singleElement().extracting(ImportReport.Skipped::reason)
                    .isEqualTo("the folder has no files Newsmark reads");
            assertThat(flat.imported()).extracting(ImportReport.Imported::title).containsExactly("A headline");
            assertThat(flat.files()).filteredOn(ImportReport.FileReport::isNote).singleElement()
                    .satisfies(note -> assertThat(note.skipped().get(0).reason())
                            .isEqualTo("1 sub-folder was not searched; include sub-folders to import them"));

            ImportReport deep = importer.run(List.of(ImportInput.file(folder.resolve("corpus"))),
                    ImportOptions.DEFAULTS.withRecursive(true), CorpusImporter.Progress.NONE, () -> false);
            assertThat(deep.importedCount()).isEqualTo(1);
            assertThat(deep.duplicateCount()).isEqualTo(1);
            assertThat(store.articles()).hasSize(2);
        }
    }

    @Test
    void pastedTextBecomesAnArticleTitledByItsFirstLine() {
        try (ProjectStore store = project()) {
            ImportReport report = new CorpusImporter(store).run(List.of(ImportInput.text("Pasted", "Storm hits coast\n\nWinds of 100 km/h.")),
                    ImportOptions.DEFAULTS, CorpusImporter.Progress.NONE, () -> false);

            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(article.title()).isEqualTo("Storm hits coast");
            assertThat(article.text()).isEqualTo("Storm hits coast\n\nWinds of 100 km/h.");
        }
    }

    @Test
    void cancellingKeepsTheArticlesAlreadyReadWholeAndReportsIt() throws Exception {
        Path corpus = Files.createDirectory(folder.resolve("many"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(corpus.resolve(String.format("a%02d.txt", i)), "Article " + i + "\n\nText of article number " + i + ".");
        }
        AtomicInteger read = new AtomicInteger();
        List<CorpusImporter.Status> updates = new ArrayList<>();
        try (ProjectStore store = project()) {
            ImportReport report = new CorpusImporter(store).run(List.of(ImportInput.file(corpus)), ImportOptions.DEFAULTS,
                    updates::add, () -> read.incrementAndGet() > 12);

            assertThat(report.stoppedBecause()).startsWith("cancelled");
            assertThat(report.importedCount()).isBetween(5L, 12L);
            assertThat(store.articles()).hasSize((int) report.importedCount());
            for (ImportReport.Imported imported : report.imported()) {
                Article article = store.article(imported.articleId()).orElseThrow();
                assertThat(article.text()).endsWith(".").contains(article.title().replace("Article ", "number "));
            }
            assertThat(updates).isNotEmpty().last().satisfies(last -> assertThat(last.imported()).isEqualTo(report.importedCount()));
        }
    }
}
