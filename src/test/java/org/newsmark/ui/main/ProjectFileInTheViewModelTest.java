package org.newsmark.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.task.SerialTasks;
import org.newsmark.testing.Samples;
import org.newsmark.ui.exporting.ExportViewModel;

/** The window's view of the project file: what other programs add, exports beside the saves. */
class ProjectFileInTheViewModelTest {

    @TempDir
    Path folder;

    @Test
    void articlesAnotherProgramImportsAppearInTheList() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC));
            ProjectViewModel viewModel = new ProjectViewModel(store, new CurrentThreadTasks(),
                    new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
            viewModel.load();
            viewModel.checkForOutsideChanges();

            try (ProjectStore command = SqliteProjectStore.open(file, OpenMode.SHARED_WRITE)) {
                new CorpusImporter(command).importPaths(List.of(Samples.WIKINEWS));
            }
            viewModel.checkForOutsideChanges();

            assertThat(viewModel.articles()).hasSize(11);
            assertThat(viewModel.messageProperty().get()).isEqualTo("10 articles were added to the project by another program.");
            assertThat(viewModel.article().getArticle().source()).isEqualTo("BBC");
        }
    }

    @Test
    void aSaveDoesNotWaitForAnExportThatIsStillRunning() throws Exception {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
             SerialTasks storeThread = new SerialTasks("store", Runnable::run);
             SerialTasks exportThread = new SerialTasks("export", Runnable::run)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC));
            AnnotationEditor editor = new AnnotationEditor(store, storeThread, Clock.systemUTC());
            CountDownLatch exportStarted = new CountDownLatch(1);
            CountDownLatch finishExport = new CountDownLatch(1);
            CountDownLatch saved = new CountDownLatch(1);
            editor.addSaveListener(new AnnotationEditor.SaveListener() {
                @Override
                public void saved(java.time.Instant at) {
                    saved.countDown();
                }

                @Override
                public void failed(org.newsmark.editing.Edit edit, Exception error) {
                }
            });
            ExportViewModel exports = new ExportViewModel(store, exportThread, message -> { });
            exports.start((reader, target, progress) -> {
                exportStarted.countDown();
                try {
                    finishExport.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return reader.articles().size();
            }, folder.resolve("out.jsonl"));
            assertThat(exportStarted.await(10, TimeUnit.SECONDS)).isTrue();

            Article bbc = store.article(1).orElseThrow();
            org.newsmark.model.Annotation claim = org.newsmark.testing.Annotations.of(bbc, "massive DDoS attack on X",
                    org.newsmark.testing.Annotations.category(store, "Claim"));
            editor.perform(org.newsmark.editing.Edit.of("Tag", List.of(org.newsmark.model.AnnotationChange.create(claim))));

            assertThat(saved.await(5, TimeUnit.SECONDS)).as("saved while the export still runs").isTrue();
            finishExport.countDown();
        }
    }

    @Test
    void anExportCanBeCancelledAndLeavesTheOldFile() throws Exception {
        Path target = Files.writeString(folder.resolve("out.jsonl"), "the export of yesterday\n");
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC));
            List<String> said = new java.util.ArrayList<>();
            ExportViewModel exports = new ExportViewModel(store, new CurrentThreadTasks(), said::add);
            exports.start((reader, file, progress) -> {
                exports.cancel();
                progress.checkCancelled();
                throw new AssertionError("not cancelled");
            }, target);

            assertThat(said).containsExactly("Export cancelled; out.jsonl was not changed.");
            assertThat(exports.runningProperty().get()).isFalse();
        }
        assertThat(Files.readString(target)).isEqualTo("the export of yesterday\n");
    }
}
