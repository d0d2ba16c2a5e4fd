package org.newsmark.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.StyledTextArea;
import org.newsmark.model.Annotation;
import org.newsmark.ui.article.ParagraphRole;
import org.newsmark.ui.article.SpanStyle;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real Newsmark window, started headless on folders of a test's own, as a person would start it. */
final class RunningApp {

    final NewsmarkApp app;
    /** How often the window asked to quit (the real app would exit). */
    final AtomicInteger quits;
    final FxRobot robot = new FxRobot();

    private RunningApp(NewsmarkApp app, AtomicInteger quits) {
        this.app = app;
        this.quits = quits;
    }

    static RunningApp start(Path home, Path project) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        AtomicInteger quits = new AtomicInteger();
        LaunchOptions options = new LaunchOptions(project, new AppDirectories(home.resolve("data"), home.resolve("config")));
        NewsmarkApp app = (NewsmarkApp) FxToolkit.setupApplication(() -> new NewsmarkApp(options, quits::incrementAndGet));
        return new RunningApp(app, quits);
    }

    /** Waits until the window shows an article with its annotations and nothing is left to draw. */
    RunningApp awaitArticle(String titleStart) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.session() != null
                && area().getText().startsWith(titleStart));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    StyledTextArea<ParagraphRole, SpanStyle> area() {
        return (StyledTextArea<ParagraphRole, SpanStyle>) robot.lookup("#article-text").query();
    }

    TableView<Annotation> annotationTable() {
        return robot.lookup("#annotation-table").queryTableView();
    }

    String status() {
        return robot.lookup("#status-message").queryLabeled().getText();
    }

    String saveState() {
        return robot.lookup("#save-state").queryLabeled().getText();
    }

    /** Waits for the background saves to reach the file. */
    void awaitSaved() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saveState().startsWith("All changes saved"));
    }

    /** Closes the window as quitting would: pending saves finish, the project file is closed. */
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
