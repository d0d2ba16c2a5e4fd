package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The researcher's first session, end to end in the real window: the sample project opens on the BBC
 * report; a span is selected and tagged with a key; it is highlighted and listed; undo and redo work;
 * after closing and starting again it is still there.
 */
class AnnotateTheBbcArticleTest {

    private static final String TITLE = "Musk hosts friendly chat with Trump on X after tech delays";

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    @Test
    void tagWithAKeyUndoRedoCloseReopenAndFindItAgain() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        assertThat(home.resolve("data/samples.newsmark")).exists();
        var robot = window.robot;
        String text = window.area().getText();
        int start = text.indexOf("massive DDoS attack on X");

        robot.interact(() -> window.area().selectRange(start, start + "massive DDoS attack on X".length()));
        robot.clickOn(window.area(), MouseButton.SECONDARY);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT2);

        assertThat(window.rows(1)).singleElement()
                .extracting(Annotation::text).isEqualTo("massive DDoS attack on X");
        assertThat(window.highlighted(start + 3, true)).isTrue();
        assertThat(window.highlighted(start - 3, false)).isFalse();
        assertThat(window.status()).isEqualTo("Tag \u201Cmassive DDoS attack on X\u201D as Claim");
        window.awaitSaved();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(window.rows(0)).isEmpty();
        assertThat(window.highlighted(start + 3, false)).isFalse();
        assertThat(window.status()).startsWith("Undone: Tag");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.rows(1)).hasSize(1);
        assertThat(window.highlighted(start + 3, true)).isTrue();
        window.awaitSaved();

        window.stop();
        window = RunningApp.start(home, null).awaitArticle(TITLE);

        Annotation claim = window.rows(1).get(0);
        assertThat(claim.text()).isEqualTo("massive DDoS attack on X");
        assertThat(claim.start()).isEqualTo(start);
        assertThat(window.highlighted(start + 3, true)).isTrue();
    }

    @Test
    void findAMatchEscapeBackToTheTextAndTagItWithAKey() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        var robot = window.robot;

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#find-field").queryTextInputControl().isFocused()).isTrue();
        robot.interact(() -> robot.lookup("#find-field").queryTextInputControl().setText("anthony lim"));
        robot.type(KeyCode.ENTER);
        assertThat(window.area().getSelectedText()).isEqualTo("Anthony Lim");
        assertThat(robot.lookup("#find-status").queryLabeled().getText()).isEqualTo("1 of 1");
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#find-bar").query().isVisible()).isFalse();
        assertThat(window.area().isFocused()).isTrue();
        assertThat(window.area().getSelectedText()).isEqualTo("Anthony Lim");
        robot.type(KeyCode.DIGIT1);

        assertThat(window.rows(1)).singleElement().satisfies(annotation -> {
            assertThat(annotation.text()).isEqualTo("Anthony Lim");
            assertThat(window.annotationTable().getColumns().get(0).getCellData(0)).hasToString(
                    window.app.session().viewModel().article().category(annotation.categoryId()).toString());
        });
    }

    @Test
    void shiftArrowsSelectClickingAHighlightSelectsItAndDeleteRemovesIt() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        var robot = window.robot;
        int start = window.area().getText().indexOf("Andrew Hay");

        robot.interact(() -> {
            window.area().requestFocus();
            window.area().moveTo(start);
        });
        for (int i = 0; i < "Andrew Hay ".length(); i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        }
        assertThat(window.area().getSelectedText()).isEqualTo("Andrew Hay ");
        robot.type(KeyCode.DIGIT1);
        assertThat(window.rows(1)).singleElement()
                .extracting(Annotation::text).isEqualTo("Andrew Hay");

        robot.interact(() -> {
            window.app.session().viewModel().article().selectedProperty().set(null);
            window.area().moveTo(0);
            window.area().showParagraphAtCenter(window.area().offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds character = WaitForAsyncUtils.asyncFx(() -> window.area().getCharacterBoundsOnScreen(start + 2, start + 3))
                .get().orElseThrow();
        robot.clickOn(character.getCenterX(), character.getCenterY());
        assertThat(window.app.session().viewModel().article().getSelected()).isNotNull()
                .extracting(Annotation::text).isEqualTo("Andrew Hay");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.annotationTable().getSelectionModel().getSelectedItem() != null);
        assertThat(window.annotationTable().getSelectionModel().getSelectedItem().text()).isEqualTo("Andrew Hay");

        robot.type(KeyCode.DELETE);
        assertThat(window.rows(0)).isEmpty();
        assertThat(window.status()).isEqualTo("Delete Speaker \u201CAndrew Hay\u201D");
    }

    @Test
    void wordsAreSelectedWithCtrlShiftRightAndArticlesChangeWithAltDownAndUp() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        var robot = window.robot;
        int start = window.area().getText().indexOf("Andrew Hay");
        robot.interact(() -> {
            window.area().requestFocus();
            window.area().moveTo(start);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.RIGHT, KeyCode.RIGHT).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.area().getSelectedText().strip()).isEqualTo("Andrew Hay");

        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        window.awaitArticle("After visa snags, all-girl Afghan team");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        window.awaitArticle(TITLE);
    }

    @Test
    void ctrlQQuits() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        assertThat(window.quits.get()).isZero();
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertThat(window.quits.get()).isEqualTo(1);
    }
}
