package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Samples;
import org.testfx.util.WaitForAsyncUtils;

/** A project the window cannot simply open: it says why, changes nothing, and offers a way on. */
class ProjectProblemsInTheWindowTest {

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private DialogPane awaitDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.robot.lookup(".dialog-pane").tryQuery().isPresent());
        return window.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void aProjectOpenForWritingElsewhereOpensReadOnlyAndSaysSo() throws Exception {
        Path project = home.resolve("shared.newsmark");
        try (ProjectStore elsewhere = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(elsewhere).importPaths(java.util.List.of(Samples.BBC));
            window = RunningApp.start(home, project);

            window.awaitArticle("Musk hosts friendly chat");
            assertThat(window.saveState()).isEqualTo("Read-only: open for writing in another Newsmark window or command");
            assertThat(((Stage) window.area().getScene().getWindow()).getTitle()).endsWith("(read-only)");
            String text = window.area().getText();
            int start = text.indexOf("Mr Musk");
            window.robot.interact(() -> window.area().selectRange(start, start + 7));
            window.robot.type(KeyCode.DIGIT1);
            assertThat(window.rows(0)).isEmpty();
            assertThat(window.status()).contains("read-only");
        }
    }

    @Test
    void anotherProjectChosenInTheStartUpDialogIsShownWhenNoOtherWindowIsOpen() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.newsmark"), "Interview notes, not a project.");
        Path other = home.resolve("other.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(other, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(java.util.List.of(Samples.BBC));
        }
        window = RunningApp.start(home, notes, owner -> new ChosenProject(other));
        awaitDialog();
        // As when Newsmark is started by itself: closing the last window would end the toolkit.
        javafx.application.Platform.setImplicitExit(true);
        try {
            window.robot.clickOn("Open Another Project\u2026");

            window.awaitArticle("Musk hosts friendly chat");
            assertThat(window.quits.get()).isZero();
            assertThat(((Stage) window.area().getScene().getWindow()).getTitle()).isEqualTo("Newsmark \u2014 other.newsmark");
        } finally {
            javafx.application.Platform.setImplicitExit(false);
        }
    }

    @Test
    void aFileThatIsNotAProjectIsExplainedAndLeftAlone() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.newsmark"), "Interview notes, not a project.");
        window = RunningApp.start(home, notes);

        DialogPane dialog = awaitDialog();
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open notes.newsmark");
        assertThat(dialog.getContentText()).contains("is not a Newsmark project").contains("not changed");
        window.robot.clickOn("Quit");

        assertThat(window.quits.get()).isEqualTo(1);
        assertThat(Files.readString(notes)).isEqualTo("Interview notes, not a project.");
    }
}
