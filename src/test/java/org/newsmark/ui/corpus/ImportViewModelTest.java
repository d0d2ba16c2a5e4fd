package org.newsmark.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.ArticleReaders;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.importing.ImportReport;
import org.newsmark.importing.WebPages;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.task.SerialTasks;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Samples;

/** Background imports as the window runs them: on their own thread, cancellable, one after another. */
class ImportViewModelTest {

    @TempDir
    Path folder;

    private final SerialTasks importThread = new SerialTasks("import", Runnable::run);
    private final BlockingQueue<ImportReport> reports = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        importThread.close();
    }

    private ImportViewModel imports(ProjectStore store, CorpusImporter.Progress watcher) {
        return imports(store, watcher, () -> { });
    }

    /** @param betweenArticles runs each time the import asks whether it is cancelled, between two articles */
    private ImportViewModel imports(ProjectStore store, CorpusImporter.Progress watcher, Runnable betweenArticles) {
        CorpusImporter importer = new CorpusImporter(store, ArticleReaders.all(), WebPages.NONE, "coder");
        CollectionPreviewer previewer = new CollectionPreviewer(ArticleReaders.all());
        return new ImportViewModel((inputs, options, progress, cancelled) -> importer.run(inputs, options, status -> {
            watcher.update(status);
            progress.update(status);
        }, () -> {
            betweenArticles.run();
            return cancelled.getAsBoolean();
        }), previewer::firstCollection, importThread, new CurrentThreadTasks(), reports::add);
    }

    @Test
    void cancellingKeepsTheArticlesAlreadyImportedAndSaysSo() throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(corpus.resolve("story-" + i + ".txt"), "Story " + i + "\n\nThe text of story number " + i
                    + ", which no other story has.\n", StandardCharsets.UTF_8);
        }
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            CountDownLatch someImported = new CountDownLatch(1);
            CountDownLatch cancelled = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicInteger articlesRead = new java.util.concurrent.atomic.AtomicInteger();
            ImportViewModel imports = imports(store, status -> { }, () -> {
                if (articlesRead.incrementAndGet() == 50) {
                    someImported.countDown();
                    try {
                        cancelled.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            imports.start(List.of(ImportInput.file(corpus)), ImportOptions.DEFAULTS);
            assertThat(imports.runningProperty().get()).isTrue();
            assertThat(someImported.await(20, TimeUnit.SECONDS)).isTrue();
            imports.cancel();
            cancelled.countDown();

            ImportReport report = reports.poll(20, TimeUnit.SECONDS);
            assertThat(report.stoppedBecause()).startsWith("cancelled");
            assertThat(report.imported()).hasSizeBetween(1, 399);
            assertThat(store.articles()).hasSize(report.imported().size());
            assertThat(imports.runningProperty().get()).isFalse();
            assertThat(imports.statusProperty().get()).startsWith("Import: " + report.imported().size() + " imported");
        }
    }

    @Test
    void aSecondImportWaitsForTheFirstAndBothAreReported() throws Exception {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            CountDownLatch release = new CountDownLatch(1);
            ImportViewModel imports = imports(store, status -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            imports.start(List.of(ImportInput.file(Samples.BBC)), ImportOptions.DEFAULTS);
            imports.start(List.of(ImportInput.text("Pasted", "A pasted headline\n\nPasted text of an article.")),
                    ImportOptions.DEFAULTS);
            assertThat(imports.statusProperty().get()).isEqualTo("Import waiting for the one running now\u2026");
            release.countDown();

            assertThat(reports.poll(20, TimeUnit.SECONDS).imported()).hasSize(1);
            assertThat(reports.poll(20, TimeUnit.SECONDS).imported()).singleElement()
                    .satisfies(imported -> assertThat(imported.title()).isEqualTo("A pasted headline"));
            assertThat(store.articles()).hasSize(2);
        }
    }

    @Test
    void onlyACollectionAmongTheFilesIsPreviewed() throws Exception {
        Path csv = Files.writeString(folder.resolve("stories.csv"), "headline,story_body\nFirst,Body of the first\n",
                StandardCharsets.UTF_8);
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ImportViewModel imports = imports(store, status -> { });
            BlockingQueue<java.util.Optional<CollectionPreviewer.Preview>> previews = new LinkedBlockingQueue<>();
            imports.previewCollection(List.of(ImportInput.file(Samples.BBC)), ImportOptions.DEFAULTS, previews::add);
            assertThat(previews.poll(10, TimeUnit.SECONDS)).isEmpty();

            imports.previewCollection(List.of(ImportInput.file(Samples.BBC), ImportInput.file(csv)), ImportOptions.DEFAULTS,
                    previews::add);
            CollectionPreviewer.Preview preview = previews.poll(10, TimeUnit.SECONDS).orElseThrow();
            assertThat(preview.file()).isEqualTo(csv);
            assertThat(preview.preview().fieldNames()).containsExactly("headline", "story_body");
            assertThat(preview.preview().picked().mapped("title")).isEqualTo("headline");
            assertThat(preview.preview().picked().mapped("text")).isNull();
        }
    }
}
