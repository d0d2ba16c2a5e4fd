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
        select("a spokesman for the Trump campaign said it was no different from normal");
        window.robot.type(KeyCode.A);
        choices();

        javafx.scene.control.TextField field = window.robot.lookup("#person-filter").query();
        // The robot types into the window it last worked with: the dialog's, as a person's keyboard would.
        window.robot.targetWindow(field.getScene().getWindow());
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
}
