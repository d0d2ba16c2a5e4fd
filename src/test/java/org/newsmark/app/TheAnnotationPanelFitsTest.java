package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.testing.CodedBbc;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a laptop's screen (1366×768) a claim with its attributes and links, and the suggestions below
 * it, take more height than the panel has: nothing may be drawn over anything else, and all of it
 * must be reachable.
 */
class TheAnnotationPanelFitsTest {

    @TempDir
    Path home;

    private RunningApp window;

    @BeforeEach
    void open() throws Exception {
        Path project = home.resolve("coded.newsmark");
        CodedBbc.create(project);
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");
        window.robot.interact(() -> {
            Window stage = window.area().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.app.session().viewModel().suggestions().readyProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void aClaimWithItsAttributesAndLinksLeavesTheSuggestionsAndTheirButtonsApartAndReachable() throws Exception {
        Annotation claim = window.app.session().viewModel().article().annotations().stream()
                .filter(a -> window.app.session().viewModel().article().category(a.categoryId()).name().equals("Claim"))
                .filter(a -> !window.app.session().viewModel().article().links().isEmpty())
                .findFirst().orElseThrow();
        window.robot.interact(() -> window.app.session().viewModel().article().selectedProperty().set(claim));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup("#suggestion-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Node list = window.robot.lookup("#suggestion-list").query();
        Node accept = window.robot.lookup("#accept-suggestion").query();
        Bounds listBounds = list.localToScene(list.getBoundsInLocal());
        Bounds acceptBounds = accept.localToScene(accept.getBoundsInLocal());
        assertThat(acceptBounds.getMinY()).as("the Accept button below the list, not over it")
                .isGreaterThanOrEqualTo(listBounds.getMaxY() - 0.5);
        assertThat(list.getLayoutBounds().getHeight()).as("at least two suggestions in sight").isGreaterThanOrEqualTo(60);

        Node table = window.robot.lookup("#annotation-table").query();
        assertThat(table.getLayoutBounds().getHeight()).as("a few annotations in sight").isGreaterThanOrEqualTo(90);

        // The buttons are on the panel, or it scrolls to them.
        ScrollPane panel = (ScrollPane) window.robot.lookup("#annotation-panel-scroll").query();
        window.robot.interact(() -> panel.setVvalue(panel.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds visible = panel.localToScene(panel.getLayoutBounds());
        Bounds acceptNow = accept.localToScene(accept.getBoundsInLocal());
        assertThat(acceptNow.getMaxY()).as("the Accept button in sight").isLessThanOrEqualTo(visible.getMaxY() + 0.5);
    }
}
