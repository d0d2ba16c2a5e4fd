package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The corpus table and the other whole-corpus views get the window's width; the article gets its panels back. */
class TablesTakeTheWholeWidthTest {

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private double width(String id) {
        Node pane = window.robot.lookup(id).query();
        return pane.getBoundsInLocal().getWidth();
    }

    @Test
    void theCorpusTableTakesTheWholeWidthAndTheArticleGetsItsPanelsBack() throws Exception {
        window = RunningApp.start(home, null).awaitArticle("Musk hosts");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> width("#left-tabs") > 100);
        double left = width("#left-tabs");
        double right = width("#right-tabs");

        window.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> width("#left-tabs") < 2 && width("#right-tabs") < 2);
        TabPane centre = window.robot.lookup("#centre-tabs").query();
        assertThat(centre.getWidth()).isGreaterThan(left + right);

        window.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(width("#left-tabs") - left) < 2
                && Math.abs(width("#right-tabs") - right) < 2);
    }
}
