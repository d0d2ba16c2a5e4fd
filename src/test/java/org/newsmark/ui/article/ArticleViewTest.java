package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.QueuedTasks;
import org.newsmark.testing.Samples;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The article view alone, with the drawing of articles held back to catch the moment between two. */
@ExtendWith(ApplicationExtension.class)
class ArticleViewTest {

    @TempDir
    static Path folder;

    private final QueuedTasks layout = new QueuedTasks();
    private final List<String> messages = new ArrayList<>();
    private ProjectStore store;
    private ArticleViewModel viewModel;
    private ArticleView view;

    @Start
    void start(Stage stage) {
        store = SqliteProjectStore.open(folder.resolve("view-" + System.nanoTime() + ".newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS.resolve("GUM_news_iodine.txt")));
        viewModel = new ArticleViewModel(new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder", messages::add);
        viewModel.setCodebook(store.codebook());
        view = new ArticleView(viewModel, new AttributionViewModel(viewModel), layout, messages::add);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.node()), 800, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstArticleIsDrawnAtOnceForTheWindowsFirstFrame(FxRobot robot) {
        Article bbc = store.article(1).orElseThrow();
        String[] drawn = new String[1];

        robot.interact(() -> {
            viewModel.load(bbc, List.of(), List.of());
            drawn[0] = view.area().getText();
        });

        assertThat(drawn[0]).isEqualTo(bbc.text());
    }

    @Test
    void aLongFirstArticleIsDrawnOnTheLayoutThreadNotTheWindows(FxRobot robot) throws Exception {
        Path file = folder.resolve("long-" + System.nanoTime() + ".txt");
        java.nio.file.Files.writeString(file, "A long record\n\n" + "The committee heard evidence all day. ".repeat(2_000));
        new CorpusImporter(store).importPaths(List.of(file));
        Article record = store.articles().stream().filter(summary -> summary.title().equals("A long record"))
                .map(summary -> store.article(summary.id()).orElseThrow()).findFirst().orElseThrow();
        String[] drawn = new String[1];

        robot.interact(() -> {
            viewModel.load(record, List.of(), List.of());
            drawn[0] = view.area().getText();
        });
        robot.interact(layout::drain);

        assertThat(drawn[0]).isEmpty();
        assertThat(view.area().getText()).startsWith("A long record").hasSizeGreaterThan(40_000);
    }

    @Test
    void aKeyPressedWhileTheNextArticleIsStillBeingDrawnTagsNothing(FxRobot robot) {
        Article bbc = store.article(1).orElseThrow();
        robot.interact(() -> viewModel.load(bbc, List.of(), List.of()));
        robot.interact(layout::drain);
        int start = bbc.text().indexOf("Anthony Lim");
        robot.interact(() -> {
            view.area().requestFocus();
            view.area().selectRange(start, start + "Anthony Lim".length());
        });

        Article iodine = store.article(2).orElseThrow();
        robot.interact(() -> viewModel.load(iodine, List.of(), List.of()));
        robot.type(KeyCode.DIGIT1);

        assertThat(viewModel.annotations()).isEmpty();
        assertThat(store.annotations(2)).isEmpty();
        assertThat(messages).contains("The article is still opening; select the text again when it is shown.");

        robot.interact(layout::drain);
        assertThat(view.area().getText()).startsWith("Australian children suffering from iodine deficiency");
    }
}
