package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme, the article's text size and the window's layout, as a person sets them in the real
 * window, and as the next start finds them.
 */
class TheLookOfTheWindowTest {

    private static final String TITLE = "Musk hosts friendly chat with Trump on X after tech delays";

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.stop();
        }
        // Later tests in this JVM start with the light theme, as a new window would.
        WaitForAsyncUtils.asyncFx(() -> org.newsmark.ui.look.Themes.use(false)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void theThemeTextSizeDividersAndTabsChosenAreThereAtTheNextStart() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        double normal = headlineSize();

        MenuItem dark = menuItem("Dark");
        window.robot.interact(dark::fire);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        window.robot.interact(window::focusArticle);
        window.robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headlineSize()).isEqualTo(normal * 1.25, org.assertj.core.data.Offset.offset(0.2));
        SplitPane split = (SplitPane) window.robot.lookup(".split-pane").query();
        window.robot.interact(() -> split.setDividerPositions(320 / split.getWidth(), split.getDividers().get(1).getPosition()));
        window.robot.interact(() -> tabs("#left-tabs").getSelectionModel().select(1));
        window.robot.interact(() -> tabs("#right-tabs").getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        window.stop();
        window = null;

        Properties saved = new Properties();
        try (var reader = Files.newBufferedReader(home.resolve("config/settings.properties"), StandardCharsets.UTF_8)) {
            saved.load(reader);
        }
        assertThat(saved.getProperty("look.theme")).isEqualTo("DARK");
        assertThat(Double.parseDouble(saved.getProperty("look.article.zoom"))).isEqualTo(1.25);
        assertThat(Double.parseDouble(saved.getProperty("window.left.width"))).isEqualTo(320);
        assertThat(saved.getProperty("window.width")).isNotNull();

        window = RunningApp.start(home, null).awaitArticle(TITLE);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(headlineSize()).isEqualTo(normal * 1.25, org.assertj.core.data.Offset.offset(0.2));
        assertThat(tabs("#left-tabs").getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(tabs("#right-tabs").getSelectionModel().getSelectedIndex()).isEqualTo(1);
        SplitPane again = (SplitPane) window.robot.lookup(".split-pane").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(again.getDividers().get(0).getPosition() * again.getWidth() - 320) < 2);

        window.robot.interact(window::focusArticle);
        window.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headlineSize()).isEqualTo(normal, org.assertj.core.data.Offset.offset(0.2));
    }

    private TabPane tabs(String id) {
        return (TabPane) window.robot.lookup(id).query();
    }

    /** The font size of the article's headline as drawn. */
    private double headlineSize() {
        Text headline = window.robot.lookup(".role-headline").queryAllAs(Text.class).iterator().next();
        return headline.getFont().getSize();
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu.getItems(), all));
        return all.stream().filter(item -> text.equals(item.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No menu item " + text));
    }

    private static void collect(List<MenuItem> items, List<MenuItem> all) {
        for (MenuItem item : items) {
            all.add(item);
            if (item instanceof Menu menu) {
                collect(menu.getItems(), all);
            }
        }
    }
}
