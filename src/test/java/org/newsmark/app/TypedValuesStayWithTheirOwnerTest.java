package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.AttributeType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.CodedBbc;
import org.newsmark.testing.Samples;
import org.newsmark.ui.main.ProjectViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A value typed into a text or number field (an annotation's attribute, an article's document field)
 * is kept for the annotation or article it was typed for, whatever the coder does next without
 * leaving the field: another article, another annotation, quitting.
 */
class TypedValuesStayWithTheirOwnerTest {

    @TempDir
    Path home;

    private Path project;
    private RunningApp window;

    @BeforeEach
    void open() throws Exception {
        project = home.resolve("coded.newsmark");
        CodedBbc.create(project);
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.OPEN_EXISTING)) {
            new CorpusImporter(store).importPaths(List.of(Samples.WIKINEWS.resolve("GUM_news_warming.txt")));
        }
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");
        window.robot.interact(() -> {
            viewModel().codebookEditor().addField(new AttributeDraft("Angle", AttributeType.TEXT, List.of(), ""));
            viewModel().codebookEditor().selectedProperty().set(viewModel().article().codebook().byName("Claim").orElseThrow());
            viewModel().codebookEditor().addAttribute(new AttributeDraft("Sources", AttributeType.NUMBER, List.of(), ""));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private ProjectViewModel viewModel() {
        return window.app.session().viewModel();
    }

    private ProjectStore store() {
        return window.app.session().store();
    }

    private AttributeDefinition field(String name) {
        return viewModel().article().codebook().documentFields().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private void showRightTab(String id) {
        TabPane right = window.robot.lookup("#right-tabs").query();
        window.robot.interact(() -> right.getSelectionModel().select(
                right.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField typeInto(String id, String text) {
        TextField field = window.robot.lookup("#" + id).query();
        window.robot.clickOn(field);
        window.robot.write(text);
        return field;
    }

    @Test
    void aDocumentFieldTypedForOneArticleIsItsOwnWhenTheNextIsOpened() throws Exception {
        showRightTab("tab-article");
        long bbc = viewModel().article().getArticle().id();
        TextField angle = typeInto("attribute-" + field("Angle").id(), "technology");

        window.robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewModel().article().getArticle().id() != bbc);
        WaitForAsyncUtils.waitForFxEvents();
        long next = viewModel().article().getArticle().id();
        window.awaitSaved();

        assertThat(store().coding(bbc).values()).containsEntry(field("Angle").id(), "technology");
        assertThat(store().coding(next).values()).doesNotContainKey(field("Angle").id());
        assertThat(angle.getText()).as("the field shows the article now open").isEmpty();
    }

    @Test
    void aDocumentFieldBeingTypedIsSavedWhenTheWindowQuits() throws Exception {
        showRightTab("tab-article");
        long bbc = viewModel().article().getArticle().id();
        typeInto("attribute-" + field("Angle").id(), "platforms");

        window.robot.interact(() -> window.app.quit());
        window.awaitSaved();

        assertThat(store().coding(bbc).values()).containsEntry(field("Angle").id(), "platforms");
    }

    @Test
    void anAttributeTypedForOneAnnotationIsItsOwnWhenAnotherIsSelected() throws Exception {
        showRightTab("tab-annotations");
        Annotation first = viewModel().article().annotations().stream().filter(a -> viewModel().article().category(a.categoryId()).name().equals("Claim"))
                .findFirst().orElseThrow();
        Annotation other = viewModel().article().annotations().stream().filter(a -> !a.id().equals(first.id()))
                .findFirst().orElseThrow();
        window.robot.interact(() -> viewModel().article().selectedProperty().set(first));
        WaitForAsyncUtils.waitForFxEvents();
        AttributeDefinition sources = viewModel().article().codebook().byName("Claim").orElseThrow().attributes().get(
                viewModel().article().codebook().byName("Claim").orElseThrow().attributes().size() - 1);
        typeInto("attribute-" + sources.id(), "3");

        window.robot.interact(() -> viewModel().article().selectedProperty().set(other));
        WaitForAsyncUtils.waitForFxEvents();
        eventually(() -> value(first, sources).equals("3"));

        assertThat(value(first, sources)).isEqualTo("3");
        assertThat(value(other, sources)).isEmpty();
    }

    /** Waits a few seconds for a save to reach the file; the assertion after it says what is there if it does not. */
    private static void eventually(java.util.concurrent.Callable<Boolean> saved) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, saved);
        } catch (java.util.concurrent.TimeoutException notSaved) {
            // the assertion reports it
        }
    }

    private String value(Annotation annotation, AttributeDefinition attribute) {
        return store().annotations(annotation.articleId()).stream().filter(a -> a.id().equals(annotation.id())).findFirst()
                .orElseThrow().attributes().getOrDefault(attribute.id(), "");
    }
}
