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
        return start(home, project, org.newsmark.ui.common.FxDialogService::new);
    }

    /** @param dialogs the dialogs the window uses: the real ones, or stand-ins for a system file chooser */
    static RunningApp start(Path home, Path project,
            java.util.function.Function<javafx.stage.Window, org.newsmark.ui.common.DialogService> dialogs) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        AtomicInteger quits = new AtomicInteger();
        LaunchOptions options = new LaunchOptions(project, new AppDirectories(home.resolve("data"), home.resolve("config")));
        NewsmarkApp app = (NewsmarkApp) FxToolkit.setupApplication(() -> new NewsmarkApp(options, quits::incrementAndGet, dialogs));
        return new RunningApp(app, quits);
    }

    /** Waits until the window shows an article with its annotations and nothing is left to draw. */
    RunningApp awaitArticle(String titleStart) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try {
                return app.session() != null && area().getText().startsWith(titleStart);
            } catch (RuntimeException whileTheWindowIsReplaced) {
                return false;
            }
        });
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

    /**
     * The annotation list once it has {@code count} rows (it follows the text by a frame), or as it
     * is after a few seconds, for the assertion to report.
     */
    java.util.List<Annotation> rows(int count) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> annotationTable().getItems().size() == count);
        } catch (TimeoutException e) {
            // the caller's assertion says what was there instead
        }
        return java.util.List.copyOf(annotationTable().getItems());
    }

    /**
     * Whether the character at {@code offset} is highlighted, once it is as {@code expected} (highlights
     * are restyled as a frame is laid out) or after a few seconds, for the assertion to report.
     */
    boolean highlighted(int offset, boolean expected) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> (area().getStyleOfChar(offset).fill() != null) == expected);
        } catch (TimeoutException e) {
            // the caller's assertion says what was there instead
        }
        return area().getStyleOfChar(offset).fill() != null;
    }

    /**
     * Chooses a menu item as a person would from the menu bar (its enabled state included); the menu
     * is not opened on the headless screen, where menus pop up unreliably.
     */
    void menu(String itemText) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").query();
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> itemText.equals(candidate.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No menu item " + itemText));
        if (item.isDisable()) {
            throw new AssertionError("The menu item " + itemText + " is disabled");
        }
        robot.interact(item::fire);
    }

    /** Gives the keyboard to the article text, as clicking into it would. */
    void focusArticle() {
        app.session().window().focusArticle();
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
