package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Samples;

/** What the keys of keyboard-only coding do to the article's annotations, without a window. */
class KeyboardCodingTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ArticleViewModel viewModel;
    private Article bbc;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC));
        bbc = store.article(1).orElseThrow();
        AnnotationEditor editor = new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC());
        viewModel = new ArticleViewModel(editor, "coder", messages::add);
        viewModel.setCodebook(store.codebook());
        viewModel.load(bbc, store.annotations(1), store.links(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Annotation tag(String text, String key) {
        int start = bbc.text().indexOf(text);
        viewModel.selectedProperty().set(null);
        viewModel.tagWithShortcut(key, start, start + text.length());
        return viewModel.getSelected();
    }

    @Test
    void aCategoryKeyWithAnAnnotationSelectedChangesItsCategoryInsteadOfAddingOne() {
        Annotation claim = tag("a massive DDoS attack on X", "2");

        viewModel.tagWithShortcut("4", claim.start(), claim.end());

        assertThat(store.annotations(1)).singleElement().satisfies(only -> {
            assertThat(only.id()).isEqualTo(claim.id());
            assertThat(viewModel.category(only.categoryId()).name()).isEqualTo("Context");
        });
        viewModel.tagWithShortcut("4", claim.start(), claim.start());
        assertThat(messages.get(messages.size() - 1)).isEqualTo("\u201Ca massive DDoS attack on X\u201D is already Context.");
    }

    @Test
    void spaceSelectsTheInnermostAnnotationAtTheCaretThenStepsOut() {
        Annotation sentence = tag("Mr Musk blamed \"a massive DDoS attack on X\" for the problems in a post", "4");
        Annotation claim = tag("a massive DDoS attack on X", "2");
        viewModel.selectedProperty().set(null);
        int caret = bbc.text().indexOf("DDoS attack on X\"");

        viewModel.annotationAtCaret(caret).ifPresent(viewModel.selectedProperty()::set);
        assertThat(viewModel.getSelected()).isEqualTo(claim);
        viewModel.annotationAtCaret(caret).ifPresent(viewModel.selectedProperty()::set);
        assertThat(viewModel.getSelected()).isEqualTo(sentence);
        viewModel.annotationAtCaret(caret).ifPresent(viewModel.selectedProperty()::set);
        assertThat(viewModel.getSelected()).isEqualTo(claim);
    }

    @Test
    void nextAndPreviousGoThroughTheAnnotationsInReadingOrder() {
        Annotation first = tag("Elon Musk", "1");
        Annotation second = tag("Donald Trump", "1");
        Annotation third = tag("unsubstantiated claims", "2");
        viewModel.selectedProperty().set(null);

        assertThat(viewModel.neighbour(0, 1)).contains(first);
        viewModel.selectedProperty().set(first);
        assertThat(viewModel.neighbour(0, 1)).contains(second);
        viewModel.selectedProperty().set(third);
        assertThat(viewModel.neighbour(0, 1)).isEmpty();
        assertThat(viewModel.neighbour(0, -1)).contains(second);
        viewModel.selectedProperty().set(null);
        assertThat(viewModel.neighbour(third.start(), -1)).contains(second);
    }

    @Test
    void boundariesMoveByCharacterAndWordAndTheAnnotationKeepsEverythingElse() {
        Annotation claim = tag("massive DDoS attack", "2");

        viewModel.moveBoundary(ArticleViewModel.Boundary.START, -1, ArticleViewModel.Unit.WORD);
        viewModel.moveBoundary(ArticleViewModel.Boundary.END, 1, ArticleViewModel.Unit.WORD);
        viewModel.moveBoundary(ArticleViewModel.Boundary.END, 1, ArticleViewModel.Unit.CHARACTER);
        viewModel.moveBoundary(ArticleViewModel.Boundary.END, 1, ArticleViewModel.Unit.WORD);

        Annotation moved = store.annotations(1).get(0);
        assertThat(moved.id()).isEqualTo(claim.id());
        assertThat(moved.text()).isEqualTo("a massive DDoS attack on X");
        assertThat(viewModel.getSelected()).isEqualTo(moved);
        assertThat(moved.prefix()).endsWith("Mr Musk blamed \"");
        viewModel.moveBoundary(ArticleViewModel.Boundary.END, -1, ArticleViewModel.Unit.CHARACTER);
        assertThat(store.annotations(1).get(0).text()).isEqualTo("a massive DDoS attack on ");
    }

    @Test
    void aWordStepInwardsStopsAtTheWordNotAtTheSpace() {
        tag("Mr Musk blamed \"a massive", "2");

        viewModel.moveBoundary(ArticleViewModel.Boundary.END, -1, ArticleViewModel.Unit.WORD);
        viewModel.moveBoundary(ArticleViewModel.Boundary.END, -1, ArticleViewModel.Unit.WORD);
        viewModel.moveBoundary(ArticleViewModel.Boundary.START, 1, ArticleViewModel.Unit.WORD);

        assertThat(store.annotations(1).get(0).text()).isEqualTo("Musk blamed");
    }

    @Test
    void aBoundaryMovedPastTheOtherIsRefused() {
        tag("X", "2");
        int before = messages.size();

        viewModel.moveBoundary(ArticleViewModel.Boundary.END, -1, ArticleViewModel.Unit.CHARACTER);

        assertThat(messages.subList(before, messages.size())).containsExactly("An annotation keeps at least one character.");
        assertThat(store.annotations(1).get(0).text()).isEqualTo("X");
    }
}
