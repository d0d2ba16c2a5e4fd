package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.UnexpectedDialogs;
import org.newsmark.ui.common.ExportChoice;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+E offers every exchange format, the whole project or the open article; a brat folder imports with Ctrl+Shift+I. */
class ExchangeFormatsInTheWindowTest {

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    /** Answers the Export dialog with a format and the place chosen, as a person would. */
    private static final class ExportTo extends UnexpectedDialogs {
        private final String format;
        private final boolean openArticleOnly;
        private final Path target;
        private List<String> offered = List.of();

        ExportTo(String format, boolean openArticleOnly, Path target) {
            this.format = format;
            this.openArticleOnly = openArticleOnly;
            this.target = target;
        }

        @Override
        public Optional<ExportChoice> askExport(List<ProjectExporter> exporters, String preselected, String openArticle) {
            offered = exporters.stream().map(ProjectExporter::format).toList();
            return Optional.of(new ExportChoice(format, openArticleOnly));
        }

        @Override
        public Optional<Path> chooseExportTarget(ProjectExporter exporter, String suggestedName) {
            return Optional.of(target);
        }

        @Override
        public Optional<Path> chooseFolderToImport() {
            return Optional.of(target);
        }
    }

    private void exportWithTheKeyboard() {
        window.robot.interact(window::focusArticle);
        window.robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
    }

    @Test
    void theOpenArticleExportsAsABratFolderWithATLineForEachOfItsAnnotations() throws Exception {
        Path folder = home.resolve("out/bbc-brat");
        ExportTo dialogs = new ExportTo("brat", true, folder);
        window = RunningApp.start(home, null, owner -> dialogs).awaitArticle("Musk hosts");
        for (String phrase : List.of("massive DDoS attack", "Donald Trump")) {
            int start = window.area().getText().indexOf(phrase);
            window.robot.interact(() -> window.area().selectRange(start, start + phrase.length()));
            window.robot.type(KeyCode.DIGIT2);
        }
        window.awaitSaved();

        exportWithTheKeyboard();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.status().startsWith("Exported"));
        assertThat(window.status()).startsWith("Exported 1 article to ");
        assertThat(dialogs.offered).contains("brat", "webanno-tsv", "w3c", "doccano", "jsonl");
        Path ann;
        try (Stream<Path> files = Files.list(folder)) {
            ann = files.filter(file -> file.toString().endsWith(".ann")).findFirst().orElseThrow();
        }
        String text = Files.readString(Path.of(ann.toString().replaceFirst("\\.ann$", ".txt")));
        long spans = Files.readAllLines(ann).stream().filter(line -> line.startsWith("T")).count();
        try (ProjectStore project = SqliteProjectStore.open(home.resolve("data/samples.newsmark"), OpenMode.READ_ONLY)) {
            long shown = project.articles().stream().filter(article -> article.title().startsWith("Musk hosts"))
                    .findFirst().orElseThrow().id();
            assertThat(text).isEqualTo(project.article(shown).orElseThrow().text());
            assertThat(project.annotations(shown)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(spans).isGreaterThanOrEqualTo(project.annotations(shown).size());
        }
    }

    @Test
    void aBratFolderWrittenByBratImportsWithItsAnnotations() throws Exception {
        Path brat = Path.of("src/test/resources/fixtures/brat/news").toAbsolutePath();
        window = RunningApp.start(home, null, owner -> new ExportTo("brat", false, brat)).awaitArticle("Musk hosts");
        window.robot.interact(window::focusArticle);

        javafx.scene.control.ListView<?> articles = window.robot.lookup("#article-list").query();
        int before = articles.getItems().size();
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> articles.getItems().size() == before + 13);
        try (ProjectStore project = SqliteProjectStore.open(home.resolve("data/samples.newsmark"), OpenMode.READ_ONLY)) {
            long tutorial = project.articles().stream().filter(article -> article.title().equals("040-text_span_annotation"))
                    .findFirst().orElseThrow().id();
            assertThat(project.annotations(tutorial)).isNotEmpty();
        }
    }

    @Test
    void aFolderOfThePersonsOwnFilesIsNotWrittenOver() throws Exception {
        Path folder = Files.createDirectories(home.resolve("my-notes"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        window = RunningApp.start(home, null, owner -> new ExportTo("webanno-tsv", false, folder)).awaitArticle("Musk hosts");

        exportWithTheKeyboard();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.status().startsWith("Could not export"));
        assertThat(window.status()).contains("not an earlier Newsmark export");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("notes.txt");
        }
    }
}
