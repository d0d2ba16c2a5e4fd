package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.suggest.SuggestedAttribution;
import org.newsmark.testing.CodedBbc;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.article.SuggestionsViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Suggested attributions in the real window on the coded BBC sample: drawn apart from the coding,
 * accepted with Enter (undone with one Ctrl+Z), rejected with Backspace for good, reached with F8.
 */
class SuggestionsInTheWindowTest {

    private static final String HAY = "Andrew Hay from IT firm Damovo";
    private static final String EXPERT = "one expert";

    @TempDir
    Path home;

    private Path project;
    private RunningApp window;

    @BeforeEach
    void open() throws Exception {
        project = home.resolve("coded.newsmark");
        CodedBbc.create(project);
        start();
    }

    private void start() throws TimeoutException {
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestions().readyProperty().get()
                && !window.robot.lookup(".suggestion").queryAll().isEmpty());
        window.robot.interact(window::focusArticle);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private ArticleViewModel article() {
        return window.app.session().viewModel().article();
    }

    private SuggestionsViewModel suggestions() {
        return window.app.session().viewModel().suggestions();
    }

    private Optional<SuggestedAttribution> suggestionBy(String source) {
        String text = article().getArticle().text();
        return suggestions().visible().stream().filter(suggestion -> suggestion.source() != null
                && text.substring(suggestion.source().start(), suggestion.source().end()).equals(source)).findFirst();
    }

    private void caretAt(int offset) {
        window.robot.interact(() -> window.area().moveTo(offset));
    }

    private boolean coded(String words) {
        return article().annotations().stream().anyMatch(annotation -> annotation.text().equals(words));
    }

    @Test
    void enterAcceptsTheSuggestionAtTheCaretAndOneUndoTakesItAllBack() throws Exception {
        int before = article().annotations().size();
        SuggestedAttribution hay = suggestionBy(HAY).orElseThrow();
        caretAt(hay.cue().start() + 1);

        window.robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> coded(HAY));
        Annotation content = article().annotations().stream()
                .filter(annotation -> annotation.text().equals("the problems could have been caused by a cyber-attack"))
                .findFirst().orElseThrow();
        assertThat(article().links()).filteredOn(link -> link.from().equals(content.id())).extracting(link -> link.type())
                .containsExactlyInAnyOrder(RelationType.ATTRIBUTED_TO, RelationType.CUE);
        assertThat(article().annotations()).hasSize(before + 3);
        assertThat(suggestionBy(HAY)).isEmpty();
        window.awaitSaved();

        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article().annotations().size() == before);
        assertThat(coded(HAY)).isFalse();
        assertThat(suggestionBy(HAY)).isPresent();
        window.awaitSaved();
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            assertThat(store.annotations(1)).hasSize(before);
        }
    }

    @Test
    void backspaceRejectsTheSuggestionForGoodAndF8GoesToTheNext() throws Exception {
        SuggestedAttribution expert = suggestionBy(EXPERT).orElseThrow();
        int shown = suggestions().visible().size();
        caretAt(expert.extent().start() - 1);
        window.robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.area().getCaretPosition()).isEqualTo(expert.content().get(0).start());
        assertThat(window.status()).startsWith("Suggested: ");

        window.robot.type(KeyCode.BACK_SPACE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> suggestionBy(EXPERT).isEmpty());
        assertThat(suggestions().visible()).hasSize(shown - 1);
        assertThat(coded(EXPERT)).isFalse();

        window.stop();
        start();
        assertThat(suggestionBy(EXPERT)).isEmpty();
        assertThat(suggestionBy(HAY)).isPresent();
        assertThat(suggestions().visible()).hasSize(shown - 1);
    }

    @Test
    void enterAndBackspaceKeepTheirMeaningWithAnAnnotationSelected() throws Exception {
        SuggestedAttribution hay = suggestionBy(HAY).orElseThrow();
        int before = article().annotations().size();
        Annotation lim = article().annotations().stream().filter(annotation -> annotation.text().equals("Anthony Lim"))
                .findFirst().orElseThrow();
        caretAt(hay.cue().start() + 1);
        window.robot.interact(() -> article().selectedProperty().set(lim));

        window.robot.type(KeyCode.BACK_SPACE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> article().annotations().size() == before - 1);
        assertThat(suggestionBy(HAY)).isPresent();

        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup(".suggestion").queryAll().isEmpty());
        assertThat(suggestions().visible()).isEmpty();
        window.menu("_Show Suggested Attributions");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.robot.lookup(".suggestion").queryAll().isEmpty());
    }

    @Test
    void hiddenSuggestionsStayHiddenWhenTheWindowIsOpenedAgain() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.robot.lookup(".suggestion").queryAll().isEmpty());

        window.stop();
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestions().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestions().shownProperty().get()).isFalse();
        assertThat(suggestions().visible()).isEmpty();
        assertThat(window.robot.lookup(".suggestion").queryAll()).isEmpty();

        window.menu("_Show Suggested Attributions");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.robot.lookup(".suggestion").queryAll().isEmpty());
        assertThat(suggestionBy(HAY)).isPresent();
    }
}
