package org.newsmark.bench;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.StyledTextArea;
import org.newsmark.app.AppDirectories;
import org.newsmark.app.LaunchOptions;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.model.AnnotationChange;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.TextSpans;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * Takes README.md's screenshots from the real window: the sample project with part of the BBC
 * article coded (nested and overlapping spans among them), a claim selected, in the light theme and
 * then, switched from the View menu, in the dark one. Writes {@code screenshot-light.png} and
 * {@code screenshot-dark.png} into the folder given (default {@code assets}).
 *
 * <p>Run: {@code scripts/screenshots.sh}, or {@code mvn -Pbench verify -Dbench=Screenshots -Dbench.args=assets}.
 * {@code -Dbench.args="FOLDER international"} takes the article in several scripts instead, and
 * {@code -Dbench.args="FOLDER sheet"} also the keyboard shortcuts sheet (F1), to look at.
 */
public final class Screenshots {

    private static final double WIDTH = 1360;
    private static final double HEIGHT = 840;

    /** What is coded in the BBC article: the words and their category. */
    private record Coding(String words, String category) {
    }

    private static final List<Coding> BBC = List.of(
            new Coding("Elon Musk", "Speaker"),
            new Coding("Republican presidential candidate Donald Trump", "Context"),
            new Coding("Donald Trump", "Speaker"),
            new Coding("was marred by technical issues", "Claim"),
            new Coding("The conversation, in which Mr Musk asked friendly questions on subjects such as immigration and "
                    + "inflation, began more than 40 minutes late as many users struggled to gain access.", "Context"),
            new Coding("Mr Musk asked friendly questions", "Claim"),
            new Coding("Mr Musk", "Speaker"),
            new Coding("began more than 40 minutes late", "Claim"),
            new Coding("Trump made a series of unsubstantiated claims that went without challenge", "Claim"),
            new Coding("Trump", "Speaker"),
            new Coding("who faces a resurgent new Democratic candidate, Vice-President Kamala Harris, in November’s election",
                    "Context"),
            new Coding("Vice-President Kamala Harris", "Speaker"),
            new Coding("He blamed", "Speaker"),
            new Coding("blamed the glitches", "Cue"),
            new Coding("the glitches on a cyber-attack", "Claim"),
            new Coding("one expert", "Speaker"),
            new Coding("told the BBC", "Cue"),
            new Coding("that was unlikely", "Expert quote"));

    public static void main(String[] args) throws Exception {
        String[] words = args.length == 1 ? args[0].trim().split("\\s+") : args;
        Path out = Path.of(words.length > 0 && !words[0].isBlank() ? words[0] : "assets");
        int status = 1;
        try {
            new Screenshots().run(out, words.length > 1 ? words[1] : "bbc");
            status = 0;
        } finally {
            Platform.exit();
            System.exit(status);
        }
    }

    private void run(Path out, String which) throws Exception {
        Files.createDirectories(out);
        // A fixed, short folder: its path shows in the status bar.
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "newsmark");
        deleteTree(home);
        AppDirectories directories = new AppDirectories(home.resolve("data"), home.resolve("config"));
        Path project = home.resolve("samples.newsmark");
        String title = prepare(project, which);
        Files.createDirectories(directories.config());
        Files.writeString(directories.config().resolve("settings.properties"), String.join("\n",
                "look.theme=LIGHT", "window.width=" + WIDTH, "window.height=" + HEIGHT, "window.left.width=270",
                "window.right.width=380", ""), StandardCharsets.UTF_8);

        Platform.startup(() -> { });
        NewsmarkApp app = new NewsmarkApp(new LaunchOptions(project, directories), () -> { });
        app.init();
        FxBench.onFx(() -> {
            app.start(new Stage());
            return null;
        });
        await(() -> articleText().startsWith(title.substring(0, 20)), "the article to be shown");
        Thread.sleep(1500);
        String prefix = which.equals("international") ? "screenshot-international" : "screenshot";
        if (!which.equals("international")) {
            selectAnnotation("Trump made a series");
        }
        Thread.sleep(800);
        snapshot(scene(), out.resolve(prefix + "-light.png"));
        if (which.equals("sheet")) {
            FxBench.onFx(() -> {
                menuItem("_Keyboard Shortcuts").fire();
                return null;
            });
            Thread.sleep(1500);
            snapshot(FxBench.onFx(() -> Window.getWindows().stream().map(Window::getScene)
                    .filter(scene -> scene != null && scene.lookup("#shortcuts-sheet") != null).findFirst().orElseThrow()),
                    out.resolve("shortcuts-sheet-light.png"));
        }
        FxBench.onFx(() -> {
            menuItem("Dark").fire();
            return null;
        });
        Thread.sleep(1500);
        snapshot(scene(), out.resolve(prefix + "-dark.png"));
        FxBench.onFx(() -> {
            app.stop();
            return null;
        });
    }

    /** Makes the project: the samples, with part of the chosen article coded. Returns the article's title. */
    private static String prepare(Path project, String which) throws Exception {
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            List<Path> samples = new ArrayList<>();
            samples.add(Path.of("samples/bbc-musk-trump-x.txt"));
            try (var files = Files.list(Path.of("samples/wikinews"))) {
                files.filter(file -> file.toString().endsWith(".txt")).sorted().forEach(samples::add);
            }
            if (which.equals("international")) {
                samples.add(0, Path.of("samples/international/many-scripts.txt"));
            }
            new CorpusImporter(store).importPaths(samples);
            Article article = store.article(store.articles().get(0).id()).orElseThrow();
            if (!which.equals("international")) {
                store.apply(code(article, store.categories()));
            }
            return article.title();
        }
    }

    private static List<AnnotationChange> code(Article article, List<Category> categories) {
        String text = article.text();
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        List<AnnotationChange> changes = new ArrayList<>();
        // In reading order, each span at or after the one before it (a nested span after its container).
        int searchFrom = 0;
        for (Coding coding : BBC) {
            int start = text.indexOf(coding.words(), searchFrom);
            if (start < 0) {
                throw new IllegalStateException("Not in the BBC article: " + coding.words());
            }
            searchFrom = start;
            int end = start + switch (coding.words()) {
                case "He blamed" -> 2;
                case "blamed the glitches" -> "blamed".length();
                default -> coding.words().length();
            };
            long category = categories.stream().filter(candidate -> candidate.name().equals(coding.category()))
                    .findFirst().orElseThrow().id();
            changes.add(AnnotationChange.create(new Annotation(UUID.randomUUID(), article.id(), category, start, end,
                    text.substring(start, end), TextSpans.prefix(text, start), TextSpans.suffix(text, end), "",
                    "screenshots", now, now)));
        }
        return changes;
    }

    private static Scene scene() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage && window.isShowing())
                .map(Window::getScene).filter(scene -> scene != null && scene.lookup("#article-text") != null)
                .findFirst().orElse(null);
    }

    private static String articleText() {
        try {
            return FxBench.onFx(() -> {
                Scene scene = scene();
                return scene == null ? "" : ((StyledTextArea<?, ?>) scene.lookup("#article-text")).getText();
            });
        } catch (Exception e) {
            return "";
        }
    }

    @SuppressWarnings("unchecked")
    private static void selectAnnotation(String textStart) throws Exception {
        FxBench.onFx(() -> {
            TableView<Annotation> table = (TableView<Annotation>) scene().lookup("#annotation-table");
            for (int row = 0; row < table.getItems().size(); row++) {
                if (table.getItems().get(row).text().startsWith(textStart)) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(Math.max(0, row - 3));
                    break;
                }
            }
            return null;
        });
    }

    private static MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) scene().lookup("#menu-bar");
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu.getItems(), all));
        return all.stream().filter(item -> text.equals(item.getText())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No menu item " + text));
    }

    private static void collect(List<MenuItem> items, List<MenuItem> all) {
        for (MenuItem item : items) {
            all.add(item);
            if (item instanceof javafx.scene.control.Menu menu) {
                collect(menu.getItems(), all);
            }
        }
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        WritableImage image = FxBench.onFx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(picture, "png", file.toFile());
        System.out.println("wrote " + file + " (" + width + "×" + height + ")");
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
