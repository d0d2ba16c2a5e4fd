package org.newsmark.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Category;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Samples;
import org.newsmark.ui.main.ProjectViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The codebook editor as a coder uses it: what it refuses it does not go on showing; new categories look new. */
class CodebookEditorWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ProjectStore store;
    private ProjectViewModel project;
    private CodebookEditor editor;

    @BeforeEach
    void open() throws Exception {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC));
        project = new ProjectViewModel(store, new CurrentThreadTasks(),
                new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
        project.load();
        FxToolkit.registerPrimaryStage();
        Stage owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
            stage.show();
        });
        robot.interact(() -> {
            editor = new CodebookEditor(project.codebookEditor(), owner, List.of());
            editor.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aKeyAlreadyInUseIsRefusedAndTheFieldShowsTheCategorysOwnKeyAgain() {
        robot.interact(() -> project.codebookEditor().selectedProperty().set(project.codebookEditor().codebook()
                .byName("Context").orElseThrow()));
        TextField key = robot.lookup("#category-key").query();
        robot.clickOn(key);
        robot.interact(key::selectAll);
        robot.write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project.messageProperty().get()).isEqualTo("The key 2 is already Claim's.");
        assertThat(key.getText()).isEqualTo("4");
        assertThat(store.codebook().byName("Context").orElseThrow().shortcut()).isEqualTo("4");
    }

    @Test
    void newCategoriesGetColoursNoOtherCategoryHas() {
        Set<String> colours = new HashSet<>();
        project.codebookEditor().codebook().categories().forEach(category -> colours.add(category.color().toUpperCase()));
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> project.codebookEditor().add(false));
            Category added = project.codebookEditor().selectedProperty().get();
            assertThat(colours).as("the colour of " + added.name()).doesNotContain(added.color().toUpperCase());
            colours.add(added.color().toUpperCase());
        }
    }

    /** Escape closes the codebook as its Close button does, and a name being typed is kept, not lost. */
    @Test
    void escapeClosesTheCodebookKeepingTheNameBeingTyped() {
        robot.interact(() -> project.codebookEditor().selectedProperty().set(project.codebookEditor().codebook()
                .byName("Context").orElseThrow()));
        TextField name = robot.lookup("#category-name").query();
        javafx.stage.Window codebook = name.getScene().getWindow();
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("Background").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(codebook.isShowing()).isFalse();
        assertThat(store.codebook().byName("Background")).isPresent();
    }

    /** The window's own close box keeps a coding instruction being typed, too. */
    @Test
    void theCloseBoxKeepsTheInstructionBeingTyped() {
        robot.interact(() -> project.codebookEditor().selectedProperty().set(project.codebookEditor().codebook()
                .byName("Context").orElseThrow()));
        javafx.scene.control.TextArea description = robot.lookup("#category-description").query();
        javafx.stage.Window codebook = description.getScene().getWindow();
        robot.clickOn(description);
        robot.interact(description::selectAll);
        robot.write("Background the journalist supplies");
        robot.interact(() -> codebook.fireEvent(new javafx.stage.WindowEvent(codebook, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(codebook.isShowing()).isFalse();
        assertThat(store.codebook().byName("Context").orElseThrow().description()).isEqualTo("Background the journalist supplies");
    }
}
