package org.newsmark.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.ImportReport;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.exporting.JsonlExporter;
import org.newsmark.ui.exporting.ExportViewModel;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.QueuedTasks;
import org.newsmark.testing.Samples;

class ProjectViewModelTest {

    @TempDir
    Path folder;

    private ProjectViewModel open(ProjectStore store) {
        ProjectViewModel viewModel = new ProjectViewModel(store, new CurrentThreadTasks(),
                new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
        viewModel.load();
        return viewModel;
    }

    private static void importSamples(ProjectStore store) {
        new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
    }

    @Test
    void aProjectOpensOnItsFirstArticleThenOnTheOneViewedLast() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            importSamples(store);
            ProjectViewModel viewModel = open(store);
            assertThat(viewModel.article().getArticle().source()).isEqualTo("BBC");
            viewModel.openNeighbour(1);
            viewModel.openNeighbour(1);
            assertThat(viewModel.currentArticleIdProperty().get()).isEqualTo(3);
        }
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(open(store).article().getArticle().title()).isEqualTo("Texas student Ahmed Mohamed inspires social movement");
        }
    }

    @Test
    void taggingUpdatesTheCountInTheListAndTheStatusLine() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importSamples(store);
            ProjectViewModel viewModel = open(store);
            Article bbc = viewModel.article().getArticle();
            int start = bbc.text().indexOf("massive DDoS attack on X");

            viewModel.article().tagWithShortcut("2", start, start + 24);

            assertThat(viewModel.articles().get(0).annotationCount()).isEqualTo(1);
            assertThat(viewModel.messageProperty().get()).isEqualTo("Tag \u201Cmassive DDoS attack on X\u201D as Claim");
            assertThat(viewModel.saveStateProperty().get()).startsWith("All changes saved");
            assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo Tag \u201Cmassive DDoS attack on X\u201D as Claim");

            viewModel.undo();
            assertThat(viewModel.articles().get(0).annotationCount()).isZero();
            assertThat(viewModel.messageProperty().get()).startsWith("Undone: Tag");
            assertThat(viewModel.canRedoProperty().get()).isTrue();
            viewModel.redo();
            assertThat(viewModel.article().annotations()).hasSize(1);
            assertThat(store.articles().get(0).annotationCount()).isEqualTo(1);
        }
    }

    @Test
    void aTagMadeWhileTheArticleIsBeingReadAgainIsNotLostFromTheView() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importSamples(store);
            QueuedTasks storeThread = new QueuedTasks();
            ProjectViewModel viewModel = new ProjectViewModel(store, storeThread,
                    new AnnotationEditor(store, storeThread, Clock.systemUTC()), "coder");
            viewModel.load();
            storeThread.drain();
            Article bbc = viewModel.article().getArticle();
            int start = bbc.text().indexOf("Anthony Lim");

            viewModel.open(bbc.id());
            viewModel.article().tagWithShortcut("1", start, start + "Anthony Lim".length());
            storeThread.drain();

            assertThat(viewModel.article().annotations()).singleElement().extracting(a -> a.text()).isEqualTo("Anthony Lim");
            assertThat(store.annotations(bbc.id())).hasSize(1);
            viewModel.article().tagWithShortcut("1", start, start + "Anthony Lim".length());
            storeThread.drain();
            assertThat(store.annotations(bbc.id())).hasSize(1);
        }
    }

    @Test
    void undoingAnEditOfAnotherArticleOpensThatArticle() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importSamples(store);
            ProjectViewModel viewModel = open(store);
            Article bbc = viewModel.article().getArticle();
            int start = bbc.text().indexOf("Anthony Lim");
            viewModel.article().tagWithShortcut("1", start, start + "Anthony Lim".length());
            viewModel.openNeighbour(1);
            assertThat(viewModel.currentArticleIdProperty().get()).isNotEqualTo(bbc.id());

            viewModel.undo();

            assertThat(viewModel.currentArticleIdProperty().get()).isEqualTo(bbc.id());
            assertThat(viewModel.article().annotations()).isEmpty();
        }
    }

    @Test
    void afterAnImportIntoAnEmptyProjectTheFirstNewArticleOpensAndExportWritesJsonLines() throws Exception {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ProjectViewModel viewModel = open(store);
            assertThat(viewModel.messageProperty().get()).contains("no articles yet");
            Path broken = Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3});

            ImportReport report = new CorpusImporter(store).importPaths(List.of(broken, Samples.BBC));
            viewModel.afterImport(report);

            assertThat(report.summary()).isEqualTo("1 imported, 0 already in the project, 1 skipped");
            assertThat(viewModel.articles()).hasSize(1);
            assertThat(viewModel.article().getArticle().source()).isEqualTo("BBC");

            Path export = folder.resolve("out.jsonl");
            ExportViewModel exports = new ExportViewModel(store, new CurrentThreadTasks(), viewModel::say);
            exports.start((reader, target, progress) -> new JsonlExporter().exportTo(reader, target), export);
            assertThat(Files.readAllLines(export)).hasSize(1);
            assertThat(viewModel.messageProperty().get()).startsWith("Exported 1 article to");
        }
    }
}
