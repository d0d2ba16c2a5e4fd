package org.newsmark.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.ArticleReaders;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportReport;
import org.newsmark.importing.WebPages;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.SerialTasks;
import org.newsmark.testing.UnexpectedDialogs;
import org.newsmark.ui.common.FieldMappingDialog;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.ui.common.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing a CSV sheet whose columns have names Newsmark does not know: the field dialog shows what
 * it picked, the person picks the text column, and the sheet imports with it. Only the operating
 * system's file chooser is stood in for.
 */
class ImportACollectionTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final SerialTasks importThread = new SerialTasks("import", Platform::runLater);
    private final SerialTasks previewThread = new SerialTasks("preview", Platform::runLater);
    private final BlockingQueue<ImportReport> reports = new LinkedBlockingQueue<>();
    private Stage owner;
    private ProjectStore store;
    private Path sheet;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
            stage.show();
        });
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        sheet = Files.writeString(folder.resolve("clippings.csv"), "headline,paper,story_body\n"
                + "Flood waters recede,Valley Times,\"The river fell overnight.\n\nResidents returned home.\"\n"
                + "Council approves budget,Hill Gazette,The council voted seven to two.\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() throws Exception {
        importThread.finish(10, TimeUnit.SECONDS);
        previewThread.close();
        store.close();
        FxToolkit.cleanupStages();
    }

    private void importTheSheet() {
        CorpusImporter importer = new CorpusImporter(store, ArticleReaders.all(), WebPages.NONE, "coder");
        ImportViewModel imports = new ImportViewModel(importer::run,
                new CollectionPreviewer(ArticleReaders.all())::firstCollection, importThread, previewThread, reports::add);
        ImportActions actions = new ImportActions(imports, new ChosenFiles(owner, sheet), message -> { }, false);
        robot.interact(actions::importFiles);
    }

    @Test
    void theTextColumnChosenInTheDialogIsImported() throws Exception {
        importTheSheet();
        DialogPane dialog = awaitDialog();
        assertThat(this.<String>choice(dialog, "#field-title").getValue()).isEqualTo("headline");
        assertThat(this.<String>choice(dialog, "#field-text").getValue()).isEqualTo(FieldMapping.NO_FIELD);
        assertThat(importButton(dialog).isDisabled()).isTrue();

        robot.interact(() -> {
            this.<String>choice(dialog, "#field-text").setValue("story_body");
            this.<String>choice(dialog, "#field-source").setValue("paper");
        });
        assertThat(robot.lookup("#sample-text").queryLabeled().getText()).isEqualTo("e.g. The river fell overnight. Residents returned home.");
        assertThat(importButton(dialog).isDisabled()).isFalse();
        robot.clickOn(importButton(dialog));

        ImportReport report = reports.poll(20, TimeUnit.SECONDS);
        assertThat(report.imported()).hasSize(2);
        Article first = store.article(report.imported().get(0).articleId()).orElseThrow();
        assertThat(first.title()).isEqualTo("Flood waters recede");
        assertThat(first.source()).isEqualTo("Valley Times");
        assertThat(first.text()).contains("The river fell overnight.").contains("Residents returned home.");
    }

    @Test
    void cancellingTheDialogImportsNothing() throws Exception {
        importTheSheet();
        DialogPane dialog = awaitDialog();
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reports.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(store.articles()).isEmpty();
    }

    private DialogPane awaitDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#field-mapping").tryQuery().isPresent());
        return robot.lookup("#field-mapping").query();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> choice(DialogPane dialog, String id) {
        return (ComboBox<T>) dialog.lookup(id);
    }

    private static Node importButton(DialogPane dialog) {
        return dialog.lookupButton(dialog.getButtonTypes().get(0));
    }

    /** The file chooser answered with one file; the field dialog is the real one. */
    private static final class ChosenFiles extends UnexpectedDialogs {
        private final Stage owner;
        private final Path file;

        ChosenFiles(Stage owner, Path file) {
            this.owner = owner;
            this.file = file;
        }

        @Override
        public List<Path> chooseFilesToImport() {
            return List.of(file);
        }

        @Override
        public Optional<FieldMapping> askFieldMapping(CollectionPreviewer.Preview preview) {
            return FieldMappingDialog.ask(owner, preview);
        }
    }
}
