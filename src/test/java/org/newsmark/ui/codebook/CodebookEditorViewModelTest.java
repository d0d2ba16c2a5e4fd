package org.newsmark.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Samples;
import org.newsmark.ui.main.ProjectViewModel;

/** The codebook editor without a window, on a real project file. */
class CodebookEditorViewModelTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ProjectViewModel project;
    private CodebookEditorViewModel editor;

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC));
        project = new ProjectViewModel(store, new CurrentThreadTasks(),
                new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
        project.load();
        editor = project.codebookEditor();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void choose(String name) {
        editor.selectedProperty().set(editor.codebook().byName(name).orElseThrow());
    }

    private String message() {
        return project.messageProperty().get();
    }

    @Test
    void aNewSubCategoryIsAddedSelectedRenamedAndGivenAKeyThatTheArticleThenUses() {
        choose("Claim");
        editor.add(true);
        assertThat(editor.selectedProperty().get().name()).isEqualTo("New category");
        editor.rename("Prediction");
        editor.setShortcut("p");
        editor.describe("A claim about what will happen.");

        Category prediction = editor.codebook().byName("Prediction").orElseThrow();
        assertThat(prediction.parentId()).isEqualTo(editor.codebook().byName("Claim").orElseThrow().id());
        assertThat(editor.selectedProperty().get()).isEqualTo(prediction);
        assertThat(store.codebook().byName("Prediction")).contains(prediction);
        assertThat(project.article().categoryWithShortcut("P")).contains(prediction);

        String text = project.article().getArticle().text();
        int start = text.indexOf("reset his re-election campaign");
        assertThat(project.article().tagWithShortcut("p", start, start + 30)).isTrue();
        assertThat(store.annotations(1)).singleElement().extracting(Annotation::categoryId).isEqualTo(prediction.id());
    }

    @Test
    void clashesAreRefusedWithAMessageAndChangeNothing() {
        choose("Claim");
        editor.rename("Speaker");
        assertThat(message()).isEqualTo("There is already a category called Speaker.");
        editor.setShortcut("1");
        assertThat(message()).isEqualTo("The key 1 is already Speaker's.");
        editor.recolour("red");
        assertThat(message()).isEqualTo("A colour looks like #RRGGBB, not red.");
        assertThat(store.codebook().byName("Claim").orElseThrow().shortcut()).isEqualTo("2");
    }

    @Test
    void deletingAUsedCategoryAsksAndMovesItsAnnotationsAndUndoRestoresIt() {
        String text = project.article().getArticle().text();
        int start = text.indexOf("a massive DDoS attack on X");
        project.article().tagWithShortcut("2", start, start + 26);
        choose("Claim");
        Category context = editor.codebook().byName("Context").orElseThrow();
        int[] asked = {0};

        editor.delete((category, annotations, others) -> {
            asked[0] = annotations;
            assertThat(others).doesNotContain(category);
            return Optional.of(Optional.of(context));
        });

        assertThat(asked[0]).isEqualTo(1);
        assertThat(store.codebook().byName("Claim")).isEmpty();
        assertThat(store.annotations(1)).singleElement().extracting(Annotation::categoryId).isEqualTo(context.id());
        assertThat(project.article().annotations()).singleElement().extracting(Annotation::categoryId).isEqualTo(context.id());
        project.undo();
        assertThat(store.codebook().byName("Claim")).isPresent();
        assertThat(project.article().category(store.annotations(1).get(0).categoryId()).name()).isEqualTo("Claim");

        choose("Claim");
        editor.delete((category, annotations, others) -> Optional.empty());
        assertThat(store.codebook().byName("Claim")).as("cancelled").isPresent();
    }

    @Test
    void attributesAndDocumentFieldsAreEdited() {
        choose("Context");
        editor.addAttribute(new AttributeDraft("Source given", AttributeType.YES_NO, List.of(), "Is a source named?"));
        assertThat(store.codebook().byName("Context").orElseThrow().attributes()).extracting(a -> a.name())
                .containsExactly("Kind", "Source given");
        editor.addField(new AttributeDraft("Tone", AttributeType.CHOICE, List.of("pro", "neutral", "anti"), ""));
        assertThat(project.coding().fields()).extracting(a -> a.name()).containsExactly("Genre", "Balance of sources", "Tone");
        editor.removeField(project.coding().fields().get(0));
        assertThat(store.codebook().documentFields()).extracting(a -> a.name()).containsExactly("Balance of sources", "Tone");
    }

    @Test
    void codebookFilesGoOutAndComeBackInAndABrokenOneIsExplained() throws Exception {
        Path json = folder.resolve("sourcing.json");
        Path qdc = folder.resolve("sourcing.qdc");
        editor.exportFile(json, "json");
        editor.exportFile(qdc, "qdc");
        assertThat(Files.readString(json)).contains("\"format\" : \"newsmark-codebook\"");
        assertThat(Files.readString(qdc)).contains("urn:QDA-XML:codebook:1.0").contains("name=\"Expert quote\"");

        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"newsmark-codebook\", \"categories\": [");
        editor.importFile(broken);
        assertThat(message()).startsWith("Could not import broken.json:");

        editor.importFile(json);
        assertThat(message()).contains("already has everything");
        editor.exportFile(folder.resolve("p.newsmark"), "json");
        assertThat(message()).contains("project file");
    }
}
