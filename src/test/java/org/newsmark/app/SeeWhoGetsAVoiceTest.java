package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.analysis.VoiceRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The findings in the real window: a quote tagged and linked to its speaker in the article shows up
 * in Voices, and a second one raises the count, with no re-opening.
 */
class SeeWhoGetsAVoiceTest {

    private static final String TITLE = "Musk hosts friendly chat with Trump on X after tech delays";
    private static final String FIRST = "\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D";
    private static final String SECOND = "\u201CIt is unlikely it would affect only one single service or feature on a website.\u201D";

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private void select(String text) {
        int start = window.area().getText().indexOf(text);
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, start + text.length());
        });
    }

    private void clickOnText(String text, int into) throws Exception {
        int start = window.area().getText().indexOf(text) + into;
        window.robot.interact(() -> window.area().showParagraphAtCenter(
                window.area().offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds character = WaitForAsyncUtils.asyncFx(() -> window.area().getCharacterBoundsOnScreen(start, start + 1)).get()
                .orElseThrow();
        window.robot.clickOn(character.getCenterX(), character.getCenterY(), MouseButton.PRIMARY);
    }

    /** Clicks the quote, presses A and clicks the speaker, as a coder links them. */
    private void attribute(String quote, String speaker, int links) throws Exception {
        var article = window.app.session().viewModel().article();
        clickOnText(quote, 5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article.getSelected() != null
                && article.getSelected().text().equals(quote));
        window.robot.type(KeyCode.A);
        clickOnText(speaker, 3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article.links().size() == links);
    }

    private TableView<VoiceRow> voices() {
        return window.robot.lookup("#voices-table").queryTableView();
    }

    private int quotesOf(String speaker) {
        return voices().getItems().stream().filter(row -> row.speaker().equals(speaker)).mapToInt(VoiceRow::quotes)
                .findFirst().orElse(0);
    }

    @Test
    void aQuoteTaggedAndLinkedInTheArticleIsCountedInVoices() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        var robot = window.robot;

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#voices-table").tryQuery().isPresent()
                && robot.lookup("#voices-table").query().isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.app.session().window() != null
                && robot.lookup("#findings-scope").queryLabeled().getText().startsWith("All 11 articles"));
        assertThat(voices().getItems()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        select(FIRST);
        robot.type(KeyCode.DIGIT3);
        select("Anthony Lim");
        robot.type(KeyCode.DIGIT1);
        attribute(FIRST, "Anthony Lim", 1);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quotesOf("Anthony Lim") == 1);
        VoiceRow lim = voices().getItems().stream().filter(row -> row.speaker().equals("Anthony Lim")).findFirst().orElseThrow();
        assertThat(lim.direct()).isEqualTo(1);
        assertThat(lim.firstVoiceArticles()).isEqualTo(1);
        assertThat(lim.shareOfQuotes()).isEqualTo(1.0);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        select(SECOND);
        robot.type(KeyCode.DIGIT3);
        attribute(SECOND, "Anthony Lim", 2);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quotesOf("Anthony Lim") == 2);
        robot.clickOn(robot.lookup("#voices-table .table-row-cell").match((javafx.scene.control.TableRow<?> row) ->
                row.getItem() != null && row.isVisible()).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#voices-quotes").queryListView().getItems().size() == 2);
        // a quote opens its article, at the quote
        robot.doubleClickOn(robot.lookup("#voices-quotes .list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                cell.getText() != null && cell.getText().startsWith(SECOND)).queryAs(javafx.scene.Node.class), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#article-text").query().isVisible()
                && window.app.session().viewModel().article().getSelected() != null
                && window.app.session().viewModel().article().getSelected().text().equals(SECOND));
    }
}
