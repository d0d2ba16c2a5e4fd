package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Category;
import org.newsmark.model.Concordance;
import org.newsmark.model.CorpusRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Working with the corpus in the real window: a search hit opens its article at the match, a
 * malformed query says what is wrong, the concordance lists a category's spans and opens one, the
 * corpus table corrects an outlet in place, and pasted text becomes an article.
 */
class FindThingsInTheCorpusTest {

    private static final String BBC = "Musk hosts friendly chat with Trump on X after tech delays";
    private static final String CLAIM = "massive DDoS attack on X";

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
    void searchConcordanceCorpusTableAndPaste() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(BBC);
        var robot = window.robot;
        String bbcText = window.area().getText();
        int claim = bbcText.indexOf(CLAIM);
        robot.interact(() -> window.area().selectRange(claim, claim + CLAIM.length()));
        robot.clickOn(window.area());
        robot.interact(() -> window.area().selectRange(claim, claim + CLAIM.length()));
        robot.type(KeyCode.DIGIT2);
        assertThat(window.rows(1)).hasSize(1);
        window.awaitSaved();

        // Search from another article, so that opening the hit is seen to move.
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("ddos").type(KeyCode.ENTER);
        ListView<?> hits = robot.lookup("#search-hits").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().size() == 1);
        robot.interact(() -> hits.getSelectionModel().select(0));
        robot.clickOn(hits).type(KeyCode.ENTER);
        window.awaitArticle(BBC);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "DDoS".equalsIgnoreCase(window.area().getSelectedText()));
        assertThat(centreTabs().getSelectionModel().getSelectedIndex()).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("\"friendly chat").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#search-problem").queryLabeled().isVisible());
        assertThat(robot.lookup("#search-problem").queryLabeled().getText()).contains("quote");

        // The concordance of claims opens the article at the claim.
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        ComboBox<Category> category = robot.lookup("#concordance-category").queryComboBox();
        robot.interact(() -> category.setValue(category.getItems().stream()
                .filter(c -> c.name().equals("Claim")).findFirst().orElseThrow()));
        robot.clickOn("#concordance-show");
        TableView<Concordance.Line> lines = robot.lookup("#concordance-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lines.getItems().size() == 1);
        Concordance.Line line = lines.getItems().get(0);
        assertThat(line.annotation().text()).isEqualTo(CLAIM);
        assertThat(line.left()).endsWith("a ");
        robot.interact(() -> lines.getSelectionModel().select(0));
        robot.clickOn(lines).type(KeyCode.ENTER);
        window.awaitArticle(BBC);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> CLAIM.equals(window.area().getSelectedText()));

        // The corpus table corrects an outlet in place; the article list follows.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        TableView<CorpusRow> corpus = robot.lookup("#corpus-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> corpus.getItems().size() == 11);
        CorpusRow bbc = corpus.getItems().stream().filter(row -> row.details().title().equals(BBC)).findFirst().orElseThrow();
        assertThat(bbc.details().source()).isEqualTo("BBC");
        robot.interact(() -> {
            corpus.getSelectionModel().select(bbc);
            corpus.edit(corpus.getItems().indexOf(bbc), corpus.getColumns().stream()
                    .filter(column -> column.getText().equals("Outlet")).findFirst().orElseThrow());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("BBC News").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.app.session().store().article(bbc.id())
                .map(article -> article.source().equals("BBC News")).orElse(false));
        window.awaitSaved();

        // Pasted text becomes an article, opened at once.
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Harbour ferry returns after storm\n\nThe ferry sailed again on Tuesday, a week after the storm.");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        window.awaitArticle("Harbour ferry returns after storm");
        assertThat(window.app.session().store().articles()).hasSize(12);
    }

    private TabPane centreTabs() {
        return window.robot.lookup("#centre-tabs").query();
    }
}
