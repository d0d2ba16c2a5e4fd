package org.newsmark.ui.findings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.CorpusFilter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.CodedSamples;
import org.newsmark.testing.Samples;
import org.newsmark.ui.common.ArticleOpener;

/**
 * Draws the README's chart pictures from the coded sample articles, as "Save Chart as PNG" draws them:
 * {@code ReadmePictures FOLDER} writes findings-voices.png and findings-codes.png there.
 */
public final class ReadmePictures {

    private ReadmePictures() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path project = Files.createTempDirectory("newsmark-pictures").resolve("samples.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
            CodedSamples.code(store);
            CurrentThreadTasks tasks = new CurrentThreadTasks();
            FindingsViews views = FindingsViewModel.views(store, tasks, new AnnotationEditor(store, tasks, Clock.systemUTC()),
                    NO_OPENER, new SimpleObjectProperty<>(CorpusFilter.NONE));
            views.findings().activeProperty().set(true);
            List<String> stylesheets = List.of(ReadmePictures.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
            Platform.startup(() -> { });
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    ChartPicture.write(ChartPicture.pixels(ChartPicture.render(Charts.Kind.STACKED_BARS,
                            views.voices().chartProperty().get(), stylesheets)), folder.resolve("findings-voices.png"));
                    ChartPicture.write(ChartPicture.pixels(ChartPicture.render(Charts.Kind.STACKED_BARS,
                            views.codes().byOutletProperty().get(), stylesheets)), folder.resolve("findings-codes.png"));
                    done.complete(null);
                } catch (Exception e) {
                    done.completeExceptionally(e);
                }
            });
            done.get();
        } finally {
            Platform.exit();
        }
    }

    private static final ArticleOpener NO_OPENER = new ArticleOpener() {
        @Override
        public void open(long articleId) {
        }

        @Override
        public void openAt(long articleId, java.util.UUID annotationId) {
        }

        @Override
        public void openAtText(long articleId, int start, int end) {
        }
    };
}
