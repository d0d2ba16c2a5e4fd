package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.ui.article.ArticleViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** Coding the BBC article in the real window with the keys README.md documents, and no mouse. */
class CodeWithTheKeyboardTest {

    private static final String TITLE = "Musk hosts friendly chat with Trump on X after tech delays";

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private ArticleViewModel article() {
        return window.app.session().viewModel().article();
    }

    private void press(KeyCode... keys) {
        window.robot.press(keys);
        window.robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void caretAt(String text) {
        int at = window.area().getText().indexOf(text);
        window.robot.interact(() -> window.area().moveTo(at));
    }

    private Annotation selected() {
        return article().getSelected();
    }

    @Test
    void selectCorrectAndRecategoriseAnnotationsWithKeys() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        String phrase = "massive DDoS attack";
        int start = window.area().getText().indexOf(phrase);
        window.robot.interact(() -> window.area().selectRange(start, start + phrase.length()));
        press(KeyCode.DIGIT2);
        press(KeyCode.ESCAPE);
        assertThat(selected()).isNull();

        caretAt("DDoS attack on X\"");
        press(KeyCode.SPACE);
        assertThat(selected().text()).isEqualTo(phrase);

        press(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT);
        press(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT);
        press(KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL, KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().text().equals("a massive DDoS attack on X"));

        press(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article().category(selected().categoryId()).name().equals("Context"));
        assertThat(window.rows(1)).hasSize(1);

        press(KeyCode.ESCAPE);
        caretAt("Elon Musk's much");
        press(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(selected().text()).isEqualTo("a massive DDoS attack on X");
        window.awaitSaved();
        assertThat(window.app.session().store().annotations(1)).singleElement()
                .satisfies(saved -> assertThat(saved.text()).isEqualTo("a massive DDoS attack on X"));
    }

    private void tag(String text, KeyCode key) {
        int start = window.area().getText().indexOf(text);
        window.robot.interact(() -> window.area().selectRange(start, start + text.length()));
        press(key);
    }

    private org.newsmark.model.Person person(String name) {
        return window.app.session().viewModel().speakers().people().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void peopleAttributesAndNotesWithKeys() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);

        tag("Anthony Lim", KeyCode.DIGIT1);
        press(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup("#person-filter").tryQuery().isPresent());
        press(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().personId() != null);
        assertThat(person("Anthony Lim").id()).isEqualTo(selected().personId());

        tag("Mr Lim", KeyCode.DIGIT1);
        press(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup("#person-filter").tryQuery().isPresent());
        press(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().personId() != null);
        assertThat(selected().personId()).isEqualTo(person("Anthony Lim").id());
        assertThat(person("Anthony Lim").aliases()).containsExactly("Lim");

        tag("unsubstantiated claims", KeyCode.DIGIT2);
        press(KeyCode.ALT, KeyCode.DIGIT1);
        var challenged = article().codebook().attributesOf(article().category(selected().categoryId())).get(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "yes".equals(selected().attributes().get(challenged.id())));
        press(KeyCode.ALT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "no".equals(selected().attributes().get(challenged.id())));
        assertThat(window.status()).startsWith(challenged.name() + ": no");

        press(KeyCode.F2);
        window.robot.write("went without challenge");
        press(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().note().equals("went without challenge"));
        assertThat(window.area().isFocused()).isTrue();
        window.awaitSaved();
    }

    @Test
    void findAsYouTypeSelectsTheMatchForACategoryKey() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);

        press(KeyCode.CONTROL, KeyCode.F);
        window.robot.write("massive DD");
        assertThat(window.area().getSelectedText()).isEqualTo("massive DD");
        window.robot.write("oS attack");
        assertThat(window.area().getSelectedText()).isEqualTo("massive DDoS attack");
        press(KeyCode.ESCAPE);
        press(KeyCode.DIGIT2);

        assertThat(window.rows(1)).singleElement().satisfies(claim -> assertThat(claim.text()).isEqualTo("massive DDoS attack"));
    }

    @Test
    void theCommandPaletteListsEveryActionWithItsKeyAndRunsTheOneChosen() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup("#command-filter").tryQuery().isPresent());
        javafx.scene.control.TextField filter = window.robot.lookup("#command-filter").query();
        javafx.scene.control.ListView<org.newsmark.ui.common.Command> list = window.robot.lookup("#command-list").queryListView();
        assertThat(list.getItems()).extracting(org.newsmark.ui.common.Command::name)
                .contains("Next Article", "Select the annotation at the caret (again: the one around it)", "Codebook");
        assertThat(list.getItems()).filteredOn(command -> command.name().equals("Next Article"))
                .singleElement().extracting(org.newsmark.ui.common.Command::key).isEqualTo("Alt+Down");

        window.robot.targetWindow(filter.getScene().getWindow());
        window.robot.write("next art");
        assertThat(list.getItems()).extracting(org.newsmark.ui.common.Command::name).containsExactly("Next Article");
        press(KeyCode.ENTER);

        window.awaitArticle("After visa snags");
    }

    @Test
    void aClaimIsLinkedToItsSpeakerFromAListWithoutTheMouse() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        tag("Mr Musk blamed", KeyCode.DIGIT1);
        press(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected().text().equals("Mr Musk"));
        tag("a massive DDoS attack on X", KeyCode.DIGIT2);

        press(KeyCode.A);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup("#link-list").tryQuery().isPresent());
        javafx.scene.control.ListView<Annotation> list = window.robot.lookup("#link-list").queryListView();
        assertThat(list.getItems()).extracting(Annotation::text).containsExactly("Mr Musk");
        press(KeyCode.ENTER);


        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article().links().size() == 1);
        assertThat(window.area().isFocused()).isTrue();
    }
}
