package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.ui.article.ArticleViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing an annotation in the list, writing its note and changing its category, as a coder does. */
class EditAnnotationsInThePanelTest {

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private void tag(String text, KeyCode key) {
        int start = window.area().getText().indexOf(text);
        window.robot.interact(() -> window.area().selectRange(start, start + text.length()));
        window.robot.type(key);
    }

    @Test
    void aNoteAndANewCategoryStayWithTheAnnotationChosenInTheList() throws Exception {
        window = RunningApp.start(home, null).awaitArticle("Musk hosts friendly chat");
        ArticleViewModel article = window.app.session().viewModel().article();
        tag("Anthony Lim", KeyCode.DIGIT1);
        tag("massive DDoS attack on X", KeyCode.DIGIT2);
        tag("Andrew Hay", KeyCode.DIGIT1);
        assertThat(window.rows(3)).extracting(Annotation::text)
                .containsExactly("massive DDoS attack on X", "Anthony Lim", "Andrew Hay");

        window.robot.clickOn("massive DDoS attack on X");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article.getSelected() != null
                && article.getSelected().text().equals("massive DDoS attack on X"));
        assertThat(window.area().getSelectedText()).isEqualTo("massive DDoS attack on X");

        window.robot.clickOn("#annotation-note").write("no evidence");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "no evidence".equals(article.getSelected().note()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(article.getSelected().text()).isEqualTo("massive DDoS attack on X");
        assertThat(window.annotationTable().getSelectionModel().getSelectedItem().text()).isEqualTo("massive DDoS attack on X");
        assertThat(window.status()).isEqualTo("Edit the note of \u201Cmassive DDoS attack on X\u201D");

        Category context = article.categoryWithShortcut("4").orElseThrow();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Category> categories =
                (javafx.scene.control.ComboBox<Category>) window.robot.lookup("#annotation-category").query();
        window.robot.interact(() -> categories.getSelectionModel().select(context));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article.getSelected().categoryId() == context.id());
        assertThat(article.getSelected().note()).isEqualTo("no evidence");
        assertThat(window.rows(3)).filteredOn(annotation -> annotation.categoryId() == context.id())
                .extracting(Annotation::text).containsExactly("massive DDoS attack on X");

        window.robot.clickOn("massive DDoS attack on X");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article.getSelected() != null
                && article.getSelected().categoryId() != context.id());
        assertThat(article.category(article.getSelected().categoryId()).name()).isEqualTo("Claim");
    }

    @Test
    void aNoteBeingTypedIsSavedWhenTheNextArticleIsOpenedFromTheKeyboard() throws Exception {
        window = RunningApp.start(home, null).awaitArticle("Musk hosts friendly chat");
        ArticleViewModel article = window.app.session().viewModel().article();
        tag("Andrew Hay", KeyCode.DIGIT1);
        window.rows(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.robot.lookup("#annotation-note").query().isDisabled());

        window.robot.clickOn("#annotation-note").write("IT firm");
        window.robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        window.awaitArticle("After visa snags");
        window.awaitSaved();

        var store = window.app.session().store();
        assertThat(store.annotations(1)).singleElement().extracting(Annotation::note).isEqualTo("IT firm");
        assertThat(article.annotations()).isEmpty();
        assertThat(window.robot.lookup("#annotation-note").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void aNoteBeingTypedIsSavedOnQuit() throws Exception {
        window = RunningApp.start(home, null).awaitArticle("Musk hosts friendly chat");
        tag("Andrew Hay", KeyCode.DIGIT1);
        window.rows(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.robot.lookup("#annotation-note").query().isDisabled());
        window.robot.clickOn("#annotation-note").write("IT firm");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertThat(window.quits.get()).isEqualTo(1);
        window.stop();
        window = null;

        try (var store = org.newsmark.store.sqlite.SqliteProjectStore.open(home.resolve("data/samples.newsmark"),
                org.newsmark.store.OpenMode.READ_ONLY)) {
            assertThat(store.annotations(1)).singleElement().extracting(Annotation::note).isEqualTo("IT firm");
        }
    }
}
