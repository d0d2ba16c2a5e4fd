package org.newsmark.app;

import org.newsmark.model.SpeakerSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.RelationType;
import org.newsmark.store.ProjectStore;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The news-sourcing flow in the real window: the BBC article's Anthony Lim quote is coded as an
 * Expert quote attributed to the person Anthony Lim (Director of the Centre for Strategic
 * Cyberspace and International Studies); after closing and reopening it is all still there.
 */
class CodeTheAnthonyLimQuoteTest {

    private static final String TITLE = "Musk hosts friendly chat with Trump on X after tech delays";
    private static final String QUOTE = "\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D";
    private static final String ROLE = "Director, Centre for Strategic Cyberspace and International Studies";

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

    @Test
    void codeTheQuoteAttributeItToThePersonReopenAndSeeIt() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        var robot = window.robot;

        select(QUOTE);
        robot.type(KeyCode.DIGIT3);
        select("Anthony Lim");
        robot.type(KeyCode.DIGIT1);
        assertThat(window.rows(2)).extracting(Annotation::text).containsExactly(QUOTE, "Anthony Lim");

        // The mention refers to a new person, Anthony Lim.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#annotation-person").query().isVisible());
        robot.clickOn("#annotation-person");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Labeled) robot.lookup("#annotation-person").query())
                .getText().startsWith("Anthony Lim"));

        // The person's role, in the speaker registry.
        robot.clickOn("Speakers");
        TableView<SpeakerSummary> speakers = robot.lookup("#speakers-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> speakers.getItems().size() == 1);
        robot.clickOn("Anthony Lim");
        robot.clickOn("#person-role").write(ROLE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.app.session().viewModel().speakers().people()
                .stream().anyMatch(person -> person.role().equals(ROLE)));

        // Click the quote, press A, click the speaker: the quote is attributed to the mention.
        clickOnText(QUOTE, 5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.app.session().viewModel().article().getSelected() != null
                && window.app.session().viewModel().article().getSelected().text().equals(QUOTE));
        robot.type(KeyCode.A);
        assertThat(window.status()).startsWith("Click the speaker (or the cue) this is attributed to.");
        clickOnText("Anthony Lim", 3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.app.session().viewModel().article().links().size() == 1);
        window.awaitSaved();

        window.stop();
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        ProjectStore store = window.app.session().store();
        var article = window.app.session().viewModel().article();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article.annotations().size() == 2 && article.links().size() == 1);

        Annotation quote = article.annotations().stream().filter(a -> a.text().equals(QUOTE)).findFirst().orElseThrow();
        Annotation mention = article.annotations().stream().filter(a -> a.text().equals("Anthony Lim")).findFirst().orElseThrow();
        assertThat(article.category(quote.categoryId()).name()).isEqualTo("Expert quote");
        Link link = article.links().get(0);
        assertThat(link.type()).isEqualTo(RelationType.ATTRIBUTED_TO);
        assertThat(link.from()).isEqualTo(quote.id());
        assertThat(link.to()).isEqualTo(mention.id());
        Person lim = window.app.session().viewModel().speakers().person(mention.personId()).orElseThrow();
        assertThat(lim.name()).isEqualTo("Anthony Lim");
        assertThat(lim.role()).isEqualTo(ROLE);
        assertThat(store.speakerSummaries()).singleElement().satisfies(summary ->
                assertThat(summary.attributed()).containsEntry("Expert quote", 1));

        // And the panel says so when the quote is chosen.
        robot.interact(() -> article.selectedProperty().set(quote));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".link-row .label").tryQuery().isPresent());
        assertThat(((Labeled) robot.lookup(".link-row .label").query()).getText()).isEqualTo("attributed to \u201CAnthony Lim\u201D");
        robot.interact(() -> article.selectedProperty().set(mention));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Labeled) robot.lookup("#annotation-person").query())
                .getText().equals("Anthony Lim \u2014 " + ROLE));
    }
}
