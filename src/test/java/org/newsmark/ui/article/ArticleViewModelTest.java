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
import org.newsmark.model.Category;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Samples;

/** The article view model without a window, on the real BBC sample in a real project file. */
class ArticleViewModelTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private AnnotationEditor editor;
    private ArticleViewModel viewModel;
    private Article bbc;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void openTheBbcArticle() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC));
        bbc = store.article(store.articles().get(0).id()).orElseThrow();
        editor = new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC());
        viewModel = new ArticleViewModel(editor, "coder", messages::add);
        viewModel.setCodebook(store.codebook());
        viewModel.load(bbc, store.annotations(bbc.id()), store.links(bbc.id()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int[] find(String text) {
        int start = bbc.text().indexOf(text);
        return new int[] {start, start + text.length()};
    }

    private Category category(String name) {
        return viewModel.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void pressingTwoOnASelectionTagsItAsAClaimListsItSelectsItAndSavesIt() {
        int[] span = find("massive DDoS attack on X");

        assertThat(viewModel.tagWithShortcut("2", span[0], span[1])).isTrue();

        assertThat(viewModel.annotations()).singleElement().satisfies(annotation -> {
            assertThat(annotation.text()).isEqualTo("massive DDoS attack on X");
            assertThat(annotation.categoryId()).isEqualTo(category("Claim").id());
            assertThat(annotation.annotator()).isEqualTo("coder");
            assertThat(annotation.prefix()).endsWith("Mr Musk blamed \"a ");
            assertThat(annotation.suffix()).startsWith("\" for the problems");
        });
        assertThat(viewModel.getSelected()).isEqualTo(viewModel.annotations().get(0));
        assertThat(store.annotations(bbc.id())).containsExactlyElementsOf(viewModel.annotations());
        assertThat(messages).isEmpty();
    }

    @Test
    void leadingAndTrailingWhitespaceIsLeftOut() {
        int[] span = find(" massive DDoS attack on X\"");
        viewModel.tag(span[0], span[1] - 1, category("Claim"));
        assertThat(viewModel.annotations().get(0).text()).isEqualTo("massive DDoS attack on X");
    }

    @Test
    void aSelectionOfNothingOrOnlySpacesIsRefusedWithAHint() {
        int[] span = find(" for ");
        viewModel.tag(span[0], span[0] + 1, category("Claim"));
        viewModel.tag(10, 10, category("Claim"));
        assertThat(viewModel.annotations()).isEmpty();
        assertThat(messages).containsExactly("Select some text first, then press a category key.",
                "Select some text first, then press a category key.");
    }

    @Test
    void theSameSpanTwiceInOneCategoryIsRefusedButAnotherCategoryIsAllowed() {
        int[] span = find("Anthony Lim");
        viewModel.tag(span[0], span[1], category("Speaker"));
        viewModel.tag(span[0], span[1], category("Speaker"));
        viewModel.tag(span[0], span[1], category("Expert quote"));
        assertThat(viewModel.annotations()).hasSize(2);
        assertThat(messages).contains("That text is already tagged as Speaker.");
    }

    @Test
    void aKeyNoCategoryUsesIsNotHandled() {
        assertThat(viewModel.tagWithShortcut("9", 0, 5)).isFalse();
        assertThat(viewModel.annotations()).isEmpty();
    }

    @Test
    void deleteRecategoriseAndNoteEditsAreUndoable() {
        int[] span = find("Andrew Hay");
        viewModel.tag(span[0], span[1], category("Speaker"));
        Annotation speaker = viewModel.getSelected();

        viewModel.recategorise(speaker, category("Expert quote"));
        assertThat(viewModel.getSelected().categoryId()).isEqualTo(category("Expert quote").id());
        viewModel.editNote(viewModel.getSelected(), "  from IT firm Damovo \n");
        assertThat(viewModel.getSelected().note()).isEqualTo("from IT firm Damovo");
        viewModel.deleteSelected();
        assertThat(viewModel.annotations()).isEmpty();
        assertThat(viewModel.getSelected()).isNull();

        editor.undo();
        assertThat(viewModel.annotations()).singleElement().extracting(Annotation::note).isEqualTo("from IT firm Damovo");
        editor.undo();
        editor.undo();
        assertThat(viewModel.annotations()).singleElement().extracting(Annotation::categoryId).isEqualTo(category("Speaker").id());
        assertThat(store.annotations(bbc.id())).singleElement().extracting(Annotation::categoryId).isEqualTo(category("Speaker").id());
        editor.redo();
        assertThat(store.annotations(bbc.id())).singleElement().extracting(Annotation::categoryId).isEqualTo(category("Expert quote").id());
    }

    @Test
    void repeatedClicksWalkOutwardThroughNestedSpans() {
        int[] quote = find("\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D");
        int[] inner = find("DDoS attack sends");
        viewModel.tag(quote[0], quote[1], category("Expert quote"));
        viewModel.tag(inner[0], inner[1], category("Claim"));
        int offset = inner[0] + 2;

        Annotation first = viewModel.annotationToSelectAt(offset, null).orElseThrow();
        Annotation second = viewModel.annotationToSelectAt(offset, first).orElseThrow();
        Annotation third = viewModel.annotationToSelectAt(offset, second).orElseThrow();

        assertThat(first.text()).isEqualTo("DDoS attack sends");
        assertThat(second.text()).startsWith("\u201CA DDoS");
        assertThat(third).isEqualTo(first);
        assertThat(viewModel.annotationToSelectAt(0, null)).isEmpty();
    }

    @Test
    void aReadOnlyProjectRefusesEveryEditWithItsReason() {
        viewModel.setReadOnlyReason("the file is write-protected");
        int[] span = find("Mr Musk");
        viewModel.tag(span[0], span[1], category("Speaker"));
        assertThat(viewModel.annotations()).isEmpty();
        assertThat(messages).singleElement().asString().contains("read-only (the file is write-protected)");
    }
}
