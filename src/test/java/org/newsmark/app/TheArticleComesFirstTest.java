package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's start as a person sees it: the article is in the window's first frame, where it will
 * stay, and the menus, panels and tabs come round it right after.
 */
class TheArticleComesFirstTest {

    @TempDir
    Path home;

    /** What the window held when {@code start} returned, before any frame was laid out. */
    private record FirstFrame(String text, boolean menus, boolean annotationList, boolean sessionComplete, Node article) {
    }

    private NewsmarkApp newApp() {
        return new NewsmarkApp(new LaunchOptions(null, new AppDirectories(home.resolve("data"), home.resolve("config"))), () -> { });
    }

    /** Starts the app as the launcher does (init off the JavaFX thread, then start on it) and notes the first frame. */
    private FirstFrame start(NewsmarkApp app, Stage stage, AtomicReference<Bounds> articleInFirstFrame) throws Exception {
        app.init();
        return WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage);
            Scene scene = stage.getScene();
            StyledTextArea<?, ?> area = (StyledTextArea<?, ?>) scene.lookup("#article-text");
            Node article = area.getParent();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                articleInFirstFrame.set(inScene(article));
            };
            scene.addPostLayoutPulseListener(once[0]);
            return new FirstFrame(area.getText(), scene.lookup("#menu-bar") != null, scene.lookup("#annotation-table") != null,
                    app.session() != null, article);
        }).get(30, TimeUnit.SECONDS);
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static void awaitWholeWindow(NewsmarkApp app, Stage stage) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.session() != null);
        // The side panels take their remembered widths once the window has laid them out.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Node left = stage.getScene().lookup("#left-tabs");
            return left != null && left.getLayoutBounds().getWidth() > 100;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFirstFrameHoldsTheArticleAndTheMenusAndPanelsFollow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        NewsmarkApp app = newApp();
        AtomicReference<Bounds> firstFrame = new AtomicReference<>();

        FirstFrame first = start(app, stage, firstFrame);

        assertThat(first.text()).startsWith("Musk hosts friendly chat");
        assertThat(first.menus()).isFalse();
        assertThat(first.annotationList()).isFalse();
        assertThat(first.sessionComplete()).isFalse();
        awaitWholeWindow(app, stage);
        Scene scene = stage.getScene();
        assertThat(scene.lookup("#menu-bar")).isNotNull();
        assertThat(scene.lookup("#annotation-table")).isNotNull();
        assertThat(scene.lookup("#left-tabs")).isNotNull();
        // The same text area, moved into the article's tab: nothing was drawn twice.
        assertThat(((StyledTextArea<?, ?>) scene.lookup("#article-text")).getParent()).isSameAs(first.article());
        // Even on the very first start (no window closed yet) the text stays about where it was drawn first.
        Bounds whole = WaitForAsyncUtils.asyncFx(() -> inScene(first.article())).get(10, TimeUnit.SECONDS);
        assertThat(firstFrame.get().getMinX()).isCloseTo(whole.getMinX(), org.assertj.core.data.Offset.offset(4.0));
        assertThat(firstFrame.get().getMinY()).isCloseTo(whole.getMinY(), org.assertj.core.data.Offset.offset(4.0));
        // Lists made after the article was opened still show it as the one open.
        javafx.scene.control.ListView<?> articles = (javafx.scene.control.ListView<?>) scene.lookup("#article-list");
        assertThat(articles.getSelectionModel().getSelectedItem()).asString().contains("Musk hosts");
        // The keyboard stays in the text: a category key tags at once.
        assertThat(scene.lookup("#article-text").isFocused()).isTrue();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theArticleShownFirstStaysInFrontWhenTheCorpusTableWasChosenLastTime() throws Exception {
        java.nio.file.Files.createDirectories(home.resolve("config"));
        java.nio.file.Files.writeString(home.resolve("config/settings.properties"), "window.tab.centre-tabs=1\n");
        Stage stage = FxToolkit.registerPrimaryStage();
        NewsmarkApp app = newApp();

        start(app, stage, new AtomicReference<>());
        awaitWholeWindow(app, stage);

        javafx.scene.control.TabPane centre = (javafx.scene.control.TabPane) stage.getScene().lookup("#centre-tabs");
        assertThat(centre.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-reading");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theArticleStartsWhereTheWholeWindowPutItLastTime() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        NewsmarkApp first = newApp();
        start(first, stage, new AtomicReference<>());
        awaitWholeWindow(first, stage);
        Bounds whole = WaitForAsyncUtils.asyncFx(() -> inScene(stage.getScene().lookup("#article-text").getParent()))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(first::quit).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupApplication(first);
        FxToolkit.cleanupStages();

        Stage again = FxToolkit.registerPrimaryStage();
        NewsmarkApp second = newApp();
        AtomicReference<Bounds> firstFrame = new AtomicReference<>();
        start(second, again, firstFrame);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstFrame.get() != null);

        assertThat(firstFrame.get().getMinX()).isCloseTo(whole.getMinX(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(firstFrame.get().getMinY()).isCloseTo(whole.getMinY(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(firstFrame.get().getWidth()).isCloseTo(whole.getWidth(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(firstFrame.get().getHeight()).isCloseTo(whole.getHeight(), org.assertj.core.data.Offset.offset(2.0));
        awaitWholeWindow(second, again);
        FxToolkit.cleanupApplication(second);
        FxToolkit.cleanupStages();
    }
}
