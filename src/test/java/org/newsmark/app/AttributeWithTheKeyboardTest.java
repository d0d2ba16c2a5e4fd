package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.Person;
import org.newsmark.testing.CodedBbc;
import org.newsmark.ui.article.ArticleViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** The one-step attribution (A) in the real window, with the keyboard, where the source is a pronoun or a description. */
class AttributeWithTheKeyboardTest {

    @TempDir
    Path home;

    private RunningApp window;

    @BeforeEach
    void open() throws Exception {
        Path project = home.resolve("coded.newsmark");
        CodedBbc.create(project);
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private ArticleViewModel article() {
        return window.app.session().viewModel().article();
    }

    private void select(String text) {
        int start = window.area().getText().indexOf(text);
        window.robot.interact(() -> window.area().selectRange(start, start + text.length()));
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> choices() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup("#person-choices").tryQuery().isPresent());
        return (ListView<Object>) window.robot.lookup("#person-choices").query();
    }

    private Annotation annotated(String text) {
        return article().annotations().stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aPronounSourceOffersThePeopleOfTheProjectAndEnterCodesItAll() throws Exception {
        select("He blamed the glitches on a cyber-attack");
        window.robot.type(KeyCode.A);

        assertThat(choices().getItems()).hasSizeGreaterThanOrEqualTo(3);
        window.robot.type(KeyCode.DIGIT3);
        window.robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article().annotations().stream().anyMatch(a -> a.text().equals("He")));
        Annotation he = annotated("He");
        assertThat(he.personId()).isNotNull();
        Annotation content = article().getSelected();
        assertThat(article().category(content.categoryId()).name()).isEqualTo("Expert quote");
        assertThat(content.text()).doesNotContain("unlikely").doesNotContain("expert");
    }

    @Test
    void aDescribedSourceCanBeANewPersonNamedByTyping() throws Exception {
        attribute("a spokesman for the Trump campaign said it was no different from normal");
        window.robot.write("Steven Cheung");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        window.robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.app.session().viewModel().speakers().people().stream()
                .anyMatch(p -> p.name().equals("Steven Cheung")));
        Person cheung = window.app.session().viewModel().speakers().people().stream()
                .filter(p -> p.name().equals("Steven Cheung")).findFirst().orElseThrow();
        assertThat(annotated("a spokesman for the Trump campaign").personId()).isEqualTo(cheung.id());
        window.awaitSaved();
    }

    /** The dialog is made once per window and refilled: nothing typed or chosen for one attribution is left for the next. */
    @Test
    void aSecondAttributionShowsItsOwnProposalWithNothingLeftFromTheFirst() throws Exception {
        javafx.stage.Window dialog = attribute("a spokesman for the Trump campaign said it was no different from normal");
        javafx.scene.control.TextField field = window.robot.lookup("#person-filter").query();
        window.robot.write("Steven");
        window.robot.type(KeyCode.DIGIT3);
        assertThat(selectedCategory()).isEqualTo("3  Expert quote");
        window.robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(article().annotations()).noneMatch(a -> a.text().equals("a spokesman for the Trump campaign"));

        assertThat(attribute("He blamed the glitches on a cyber-attack")).isSameAs(dialog);

        javafx.scene.control.Label content = window.robot.lookup("#attribution-content").query();
        javafx.scene.control.Label source = window.robot.lookup("#attribution-source").query();
        assertThat(content.getText()).isEqualTo("the glitches on a cyber-attack");
        assertThat(source.getText()).startsWith("He");
        assertThat(field.getText()).isEmpty();
        assertThat(choices().getItems()).hasSizeGreaterThanOrEqualTo(3).noneMatch(choice -> choice.toString().contains("Steven"));
        assertThat(selectedCategory()).isEqualTo("2  Claim");
        window.robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article().annotations().stream().anyMatch(a -> a.text().equals("He")));
        Annotation claim = annotated("the glitches on a cyber-attack");
        assertThat(article().category(claim.categoryId()).name()).isEqualTo("Claim");
        window.awaitSaved();
    }

    @Test
    void aLongerProposalAfterAShortOneGetsADialogTallEnoughForIt() throws Exception {
        double[] shortOne = attributeAndCancel("He blamed the glitches on a cyber-attack");

        double[] longOne = attributeAndCancel("\u201CA DDoS attack sends a very large number of signals to an online target"
                + " to disrupt it,\u201D Anthony Lim, Director of the Centre for Strategic Cyberspace and International Studies"
                + " in Singapore, told the BBC.");

        assertThat(longOne[0]).isGreaterThan(shortOne[0]).isGreaterThanOrEqualTo(longOne[1]);
    }

    /** Opens the one-step attribution on {@code text} and cancels it: the dialog's height and what its content needs. */
    private double[] attributeAndCancel(String text) throws Exception {
        javafx.stage.Window dialog = attribute(text);
        javafx.scene.control.DialogPane pane = window.robot.lookup("#attribution-dialog").query();
        WaitForAsyncUtils.waitForFxEvents();
        double[] heights = {dialog.getHeight(), pane.prefHeight(pane.getWidth())};
        window.robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        return heights;
    }

    /** Selects {@code text} in the article, presses A and waits for the dialog, which the robot then types into. */
    private javafx.stage.Window attribute(String text) throws Exception {
        window.robot.targetWindow(window.area().getScene().getWindow());
        select(text);
        window.robot.type(KeyCode.A);
        choices();
        javafx.stage.Window dialog = window.robot.lookup("#attribution-dialog").query().getScene().getWindow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, dialog::isShowing);
        // The robot types into the window it last worked with: the dialog's, as a person's keyboard would.
        window.robot.targetWindow(dialog);
        return dialog;
    }

    private String selectedCategory() {
        javafx.scene.layout.FlowPane buttons = window.robot.lookup("#attribution-category").query();
        return buttons.getChildren().stream().map(javafx.scene.control.ToggleButton.class::cast)
                .filter(javafx.scene.control.ToggleButton::isSelected).map(javafx.scene.control.ToggleButton::getText)
                .findFirst().orElse("");
    }
}
