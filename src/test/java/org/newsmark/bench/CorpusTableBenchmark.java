package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.CorpusRow;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.SerialTasks;
import org.newsmark.testing.Annotations;
import org.newsmark.ui.common.FxDialogService;
import org.newsmark.ui.corpus.ConcordanceViewModel;
import org.newsmark.model.CorpusFilter;
import org.newsmark.ui.corpus.CorpusViewModel;
import org.newsmark.ui.corpus.CorpusViews;
import org.newsmark.ui.corpus.ImportViewModel;
import org.newsmark.ui.corpus.SearchViewModel;
import org.newsmark.ui.main.MainWindow;
import org.newsmark.ui.main.ProjectViewModel;

/**
 * The corpus table of the real main window on a project of generated ~4 KB articles (1,000 of them
 * annotated): the time from choosing the Corpus tab until the rows are there; the longest gaps between
 * frames while the rows load, while scrolling through them a screen at a time, jumping about, sorting
 * and filtering; and the heap the whole app holds with the project open and the table filled (target:
 * under 512 MB at 100,000 articles; no visible stall).
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=CorpusTableBenchmark -Dbench.args="100000"}
 */
public final class CorpusTableBenchmark {


    private Scene scene;
    private CorpusViewModel corpusModel;

    public static void main(String[] args) throws Exception {
        String joined = String.join(" ", args).strip();
        int status = 1;
        try {
            new CorpusTableBenchmark().run(joined.isEmpty() ? 100_000 : Integer.parseInt(joined));
            status = 0;
        } finally {
            Platform.exit();
            System.exit(status);
        }
    }

    private void run(int size) throws Exception {
        Path file = Files.createTempDirectory("newsmark-table-bench").resolve("corpus.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            SyntheticCorpus.fill(store, size);
            annotate(store, Math.min(1_000, size));
        }
        System.out.printf(Locale.ROOT, "%n%,d articles, file %.0f MB%n", size, Files.size(file) / 1e6);

        ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING);
        Platform.startup(() -> { });
        FxBench.onFx(() -> {
            Stage stage = new Stage();
            SerialTasks storeTasks = new SerialTasks("bench-store", Platform::runLater);
            AnnotationEditor editor = new AnnotationEditor(store, storeTasks, Clock.systemUTC());
            ProjectViewModel viewModel = new ProjectViewModel(store, storeTasks, editor, "bench");
            ImportViewModel imports = new ImportViewModel((inputs, options, progress, cancelled) -> {
                throw new UnsupportedOperationException("no imports in this benchmark");
            }, (files, options) -> java.util.Optional.empty(), new org.newsmark.task.CurrentThreadTasks(), new org.newsmark.task.CurrentThreadTasks(), report -> { });
            corpusModel = new CorpusViewModel(store, storeTasks, editor, viewModel);
            CorpusViews corpus = new CorpusViews(imports, new org.newsmark.ui.exporting.ExportViewModel(store, storeTasks, viewModel::say), corpusModel,
                    new SearchViewModel(store, storeTasks, viewModel), new ConcordanceViewModel(store, storeTasks, viewModel), null);
            MainWindow window = new MainWindow(viewModel, corpus, new SerialTasks("bench-layout", Platform::runLater),
                    new FxDialogService(stage), FxBench.NO_SESSION_ACTIONS);
            org.newsmark.ui.look.Themes.use(false); // the light theme the app starts with
            scene = new Scene(window.node(), 1400, 900);
            scene.getStylesheets().add(MainWindow.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            viewModel.load();
            return null;
        });
        Thread.sleep(2000);
        System.out.printf(Locale.ROOT, "heap with the project open on an article: %.0f MB%n", usedHeapMb());

        FxBench.FrameGaps loading = new FxBench.FrameGaps();
        loading.start();
        long start = System.nanoTime();
        FxBench.onFx(() -> {
            ((TabPane) scene.lookup("#centre-tabs")).getSelectionModel().select(1);
            return null;
        });
        TableView<CorpusRow> table = FxBench.onFx(() -> table());
        while (FxBench.onFx(() -> table.getItems().size()) < size) {
            Thread.sleep(5);
        }
        long loaded = System.nanoTime() - start;
        Thread.sleep(500);
        report("frame gaps while the rows load", loading.stop());
        System.out.printf(Locale.ROOT, "Corpus tab chosen until its %,d rows are in the table: %.0f ms%n", size, loaded / 1e6);
        System.out.printf(Locale.ROOT, "heap with the corpus table filled: %.0f MB%n", usedHeapMb());

        VirtualFlow<?> flow = FxBench.onFx(() -> (VirtualFlow<?>) table.lookup(".virtual-flow"));
        FxBench.FrameGaps wheel = new FxBench.FrameGaps();
        wheel.start();
        for (int step = 0; step < 600; step++) {
            FxBench.onFx(() -> flow.scrollPixels(78));
            Thread.sleep(16);
        }
        report("frame gaps while scrolling three rows a frame, as a mouse wheel does (600 steps)", wheel.stop());
        FxBench.FrameGaps scrolling = new FxBench.FrameGaps();
        scrolling.start();
        for (int step = 0; step < 600; step++) {
            FxBench.onFx(() -> flow.scrollPixels(600));
            Thread.sleep(16);
        }
        report("frame gaps while scrolling a screen at a time (600 screens)", scrolling.stop());

        FxBench.FrameGaps jumping = new FxBench.FrameGaps();
        jumping.start();
        Random random = new Random(5);
        for (int jump = 0; jump < 60; jump++) {
            int row = random.nextInt(size);
            FxBench.onFx(() -> {
                table.scrollTo(row);
                return null;
            });
            Thread.sleep(40);
        }
        report("frame gaps while jumping to 60 random rows", jumping.stop());

        FxBench.FrameGaps sorting = new FxBench.FrameGaps();
        sorting.start();
        List<Double> sorts = new ArrayList<>();
        for (String column : List.of("Outlet", "Date", "Title", "Claim")) {
            sorts.add(FxBench.onFx(() -> {
                long before = System.nanoTime();
                TableColumn<CorpusRow, ?> chosen = table.getColumns().stream()
                        .filter(candidate -> candidate.getText().equals(column)).findFirst().orElseThrow();
                table.getSortOrder().setAll(List.of(chosen));
                table.layout();
                return (System.nanoTime() - before) / 1e6;
            }));
            Thread.sleep(300);
        }
        System.out.printf(Locale.ROOT, "sort by outlet, date, title, claims (FX thread): %s ms%n", sorts.stream()
                .map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList());
        double filter = FxBench.onFx(() -> {
            long before = System.nanoTime();
            corpusModel.filterProperty().set(CorpusFilter.NONE.withOutlet("Reuters"));
            table.layout();
            return (System.nanoTime() - before) / 1e6;
        });
        Thread.sleep(300);
        report("frame gaps while sorting four times and filtering", sorting.stop());
        System.out.printf(Locale.ROOT, "filter to one outlet (FX thread): %.0f ms, %,d rows%n", filter,
                FxBench.onFx(() -> table.getItems().size()));
        store.close();
        TimeUnit.MILLISECONDS.sleep(100);
    }

    @SuppressWarnings("unchecked")
    private TableView<CorpusRow> table() {
        return (TableView<CorpusRow>) scene.lookup("#corpus-table");
    }

    /** Ten annotations of one category in each of the first articles, so the count columns hold something. */
    private static void annotate(ProjectStore store, int articles) {
        long category = store.codebook().byName("Claim").orElseThrow().id();
        for (long id = 1; id <= articles; id++) {
            Article article = store.article(id).orElseThrow();
            List<AnnotationChange> changes = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                int at = 100 + n * 300;
                changes.add(AnnotationChange.create(Annotations.at(article, at, at + 40, category)));
            }
            store.apply(List.copyOf(changes));
        }
    }

    private static double usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
    }

    private static void report(String what, Stats stats) {
        System.out.println(what + ": " + stats.summary());
    }
}
