package org.newsmark.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.SerialTasks;
import org.newsmark.ui.common.FxDialogService;
import org.newsmark.ui.corpus.ConcordanceViewModel;
import org.newsmark.ui.corpus.CorpusViewModel;
import org.newsmark.ui.corpus.CorpusViews;
import org.newsmark.ui.corpus.ImportViewModel;
import org.newsmark.ui.corpus.SearchViewModel;
import org.newsmark.ui.main.MainWindow;
import org.newsmark.ui.main.ProjectViewModel;

/**
 * The article view's speed targets, measured in the real main window:
 * <ul>
 *   <li>opening the BBC article until it is painted (target under 100 ms);</li>
 *   <li>tagging: the FX-thread time from key to restyled highlight (target: median within a 16 ms frame);</li>
 *   <li>a 1 MB transcript with 10,000 annotations: opening it fully highlighted (under 1 s), and the
 *       longest FX-thread stall while scrolling through it and tagging in it (under 100 ms).</li>
 * </ul>
 * Stalls are measured as the longest gap between consecutive animation frames.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=ArticleViewBenchmark} (headless), or under a display;
 * {@code -Dbench.args=no-suggestions} hides the suggested attributions, to see what drawing them costs.
 */
public final class ArticleViewBenchmark {

    private ProjectViewModel viewModel;
    private MainWindow window;
    private Stage stage;
    private volatile Runnable afterPaint = () -> { };
    private final Runnable paintDone = () -> afterPaint.run();
    private volatile long layoutStarted;

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            java.util.List<String> options = java.util.Arrays.asList(String.join(" ", args).split("\\s+"));
            new ArticleViewBenchmark().run(options.contains("no-suggestions"), options.contains("coders"));
            status = 0;
        } finally {
            Platform.exit();
            System.exit(status);
        }
    }


    /**
     * @param withoutSuggestions hides the suggested attributions (to measure what drawing them costs)
     * @param coders             whether the transcript's annotations are three coders' (the viewer's a third), drawn in lanes
     */
    private void run(boolean withoutSuggestions, boolean coders) throws Exception {
        Path folder = Files.createTempDirectory("newsmark-bench");
        Path file = folder.resolve("bench.newsmark");
        long bbcId;
        long wikiId;
        long transcriptId;
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(
                    Path.of("samples/bbc-musk-trump-x.txt"), Path.of("samples/wikinews/GUM_news_iodine.txt")));
            bbcId = store.articles().get(0).id();
            wikiId = store.articles().get(1).id();
            transcriptId = store.addArticle(SyntheticTranscript.draft(1_000_000, 42)).id();
            Article transcript = store.article(transcriptId).orElseThrow();
            List<Long> categories = store.categories().stream().map(Category::id).toList();
            List<org.newsmark.model.AnnotationChange> made = SyntheticTranscript.annotations(transcript, 10_000, categories, 42);
            if (coders) {
                // every third annotation the viewer's own, the others ana's and ben's: three lanes
                String[] names = {"bench", "ana", "ben"};
                List<org.newsmark.model.AnnotationChange> shared = new java.util.ArrayList<>();
                for (int i = 0; i < made.size(); i++) {
                    org.newsmark.model.Annotation a = made.get(i).after();
                    shared.add(org.newsmark.model.AnnotationChange.create(new org.newsmark.model.Annotation(a.id(), a.articleId(),
                            a.categoryId(), a.start(), a.end(), a.text(), a.prefix(), a.suffix(), "", names[i % 3], a.created(),
                            a.updated())));
                }
                made = shared;
            }
            store.apply(made);
            System.out.printf(Locale.ROOT, "transcript: %,d characters, %,d annotations, %d paragraphs%n",
                    transcript.text().length(), store.annotations(transcriptId).size(), transcript.text().lines().count());
        }

        ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING);
        Platform.startup(() -> { });
        FxBench.onFx(() -> {
            // The window's real look: the theme and the fonts the application starts with.
            org.newsmark.ui.look.Themes.use(false);
            org.newsmark.ui.article.ArticleFonts.load();
            stage = new Stage();
            SerialTasks storeTasks = new SerialTasks("bench-store", Platform::runLater);
            SerialTasks layoutTasks = new SerialTasks("bench-layout", Platform::runLater);
            AnnotationEditor editor = new AnnotationEditor(store, storeTasks, Clock.systemUTC());
            viewModel = new ProjectViewModel(store, storeTasks, editor, "bench");
            ImportViewModel imports = new ImportViewModel((inputs, options, progress, cancelled) -> {
                throw new UnsupportedOperationException("no imports in this benchmark");
            }, (files, options) -> java.util.Optional.empty(), new org.newsmark.task.CurrentThreadTasks(), new org.newsmark.task.CurrentThreadTasks(), report -> { });
            CorpusViews corpus = new CorpusViews(imports, new org.newsmark.ui.exporting.ExportViewModel(store, storeTasks, viewModel::say),
                    new CorpusViewModel(store, storeTasks, editor, viewModel),
                    new SearchViewModel(store, storeTasks, viewModel), new ConcordanceViewModel(store, storeTasks, viewModel), null);
            window = new MainWindow(viewModel, corpus, layoutTasks, new FxDialogService(stage), FxBench.NO_SESSION_ACTIONS);
            viewModel.suggestions().shownProperty().set(!withoutSuggestions);
            // The timing listeners go on before the window's own, so the frame's whole work is measured.
            Scene scene = new Scene(new javafx.scene.layout.Pane(), 1280, 800);
            scene.addPreLayoutPulseListener(() -> layoutStarted = System.nanoTime());
            scene.addPostLayoutPulseListener(paintDone);
            scene.getStylesheets().add(MainWindow.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
            scene.setRoot(window.node());
            stage.setScene(scene);
            stage.show();
            viewModel.load();
            return null;
        });
        Thread.sleep(1500);
        // The article's marks are drawn by a post-layout listener of the window's: the timing one goes
        // after it, so the frame's whole work is measured.
        FxBench.onFx(() -> {
            stage.getScene().removePostLayoutPulseListener(paintDone);
            stage.getScene().addPostLayoutPulseListener(paintDone);
            return null;
        });

        Stats openBbc = new Stats();
        for (int i = 0; i < 40; i++) {
            openAndWait(wikiId);
            long took = openAndWait(bbcId);
            if (i >= 5) {
                openBbc.add(took);
            }
        }
        report("open the BBC article until painted", openBbc);

        openAndWait(bbcId);
        tagRandomSpans(60, 9);
        openAndWait(bbcId);
        Stats[] bbcTagging = tagRandomSpans(100, 1);
        report("tag in the BBC article, FX-thread work of the key press", bbcTagging[0]);
        report("tag in the BBC article, key press until the frame with the highlight is laid out", bbcTagging[1]);
        report("tag in the BBC article, FX-thread work: key press plus the frame's CSS and layout", bbcTagging[2]);

        if (Boolean.getBoolean("bench.taggingOnly")) {
            for (int round = 0; round < 3; round++) {
                openAndWait(bbcId);
                report("tag in the BBC article, FX-thread work: key press plus the frame's CSS and layout",
                        tagRandomSpans(150, 10 + round)[2]);
            }
            return;
        }
        Stats openTranscript = new Stats();
        for (int i = 0; i < 6; i++) {
            openAndWait(bbcId);
            openTranscript.add(openAndWait(transcriptId));
        }
        report("open the 1 MB transcript with 10k annotations until painted", openTranscript);

        FxBench.FrameGaps scrolling = new FxBench.FrameGaps();
        scrolling.start();
        scrollThrough();
        report("frame gaps while scrolling through the transcript", scrolling.stop());

        FxBench.FrameGaps jumping = new FxBench.FrameGaps();
        jumping.start();
        jumpAround(60);
        report("frame gaps while jumping to random places in the transcript", jumping.stop());

        FxBench.FrameGaps tagging = new FxBench.FrameGaps();
        tagging.start();
        Stats[] tagTranscript = tagRandomSpans(100, 2);
        report("tag in the transcript, FX-thread work of the key press", tagTranscript[0]);
        report("tag in the transcript, key press until the frame with the highlight is laid out", tagTranscript[1]);
        report("tag in the transcript, FX-thread work: key press plus the frame's CSS and layout", tagTranscript[2]);
        report("frame gaps while tagging in the transcript", tagging.stop());
        FxBench.onFx(() -> {
            stage.close();
            return null;
        });
        store.close();
    }

    private static void report(String what, Stats stats) {
        System.out.println(what + ": " + stats.summary());
    }

    /** Opens an article and returns the time from asking until the first pulse after it is drawn. */
    private long openAndWait(long articleId) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        long[] took = new long[1];
        FxBench.onFx(() -> {
            long start = System.nanoTime();
            window.articleView().setOnRendered(() -> {
                afterPaint = () -> {
                    took[0] = System.nanoTime() - start;
                    afterPaint = () -> { };
                    painted.countDown();
                };
                Platform.requestNextPulse();
            });
            viewModel.open(articleId);
            return null;
        });
        if (!painted.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("article " + articleId + " was never drawn");
        }
        window.articleView().setOnRendered(() -> { });
        Thread.sleep(50);
        return took[0];
    }

    /**
     * Tags random word spans the way a key press does. Returns the FX-thread time of the key press
     * itself and the time until the next frame (with the restyled highlight) has been laid out.
     */
    private Stats[] tagRandomSpans(int count, long seed) throws Exception {
        Random random = new Random(seed);
        Stats handling = new Stats();
        Stats visible = new Stats();
        Stats busy = new Stats();
        List<Category> categories = FxBench.onFx(() -> List.copyOf(viewModel.article().categories()));
        for (int i = 0; i < count; i++) {
            // First the person selects the text (and the view scrolls to it), as in a frame of its own.
            int[] span = FxBench.onFx(() -> {
                String text = viewModel.article().getArticle().text();
                int start = text.indexOf(' ', random.nextInt(text.length() - 200)) + 1;
                int end = text.indexOf(' ', start + 3 + random.nextInt(60));
                window.articleView().select(start, end);
                return new int[] {start, end};
            });
            Thread.sleep(50);
            // Then presses the category key.
            CountDownLatch laidOut = new CountDownLatch(1);
            long[] begin = new long[1];
            long took = FxBench.onFx(() -> {
                begin[0] = System.nanoTime();
                viewModel.article().tag(span[0], span[1], categories.get(random.nextInt(categories.size())));
                long handled = System.nanoTime() - begin[0];
                afterPaint = () -> {
                    long now = System.nanoTime();
                    visible.add(now - begin[0]);
                    busy.add(handled + now - layoutStarted);
                    afterPaint = () -> { };
                    laidOut.countDown();
                };
                return handled;
            });
            handling.add(took);
            laidOut.await(5, TimeUnit.SECONDS);
            Thread.sleep(30);
        }
        return new Stats[] {handling, visible, busy};
    }

    private void scrollThrough() throws Exception {
        double[] previous = {-1};
        FxBench.onFx(() -> {
            window.articleView().area().scrollYToPixel(0);
            return null;
        });
        for (int step = 0; step < 4000; step++) {
            boolean moved = FxBench.onFx(() -> {
                window.articleView().area().scrollYBy(600);
                window.articleView().area().layout();
                double now = window.articleView().area().getEstimatedScrollY();
                boolean changed = now != previous[0];
                previous[0] = now;
                return changed;
            });
            if (!moved) {
                break;
            }
            Thread.sleep(16);
        }
    }

    private void jumpAround(int jumps) throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < jumps; i++) {
            FxBench.onFx(() -> {
                int paragraphs = window.articleView().area().getParagraphs().size();
                window.articleView().area().showParagraphAtTop(random.nextInt(paragraphs));
                return null;
            });
            Thread.sleep(40);
        }
    }

}
