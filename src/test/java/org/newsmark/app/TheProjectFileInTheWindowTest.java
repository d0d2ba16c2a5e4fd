package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.cli.CommandLineRunner;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Damage;
import org.newsmark.testing.UnexpectedDialogs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The project file as the window handles it: edits to articles read long ago, a command-line import
 * meanwhile, a damaged file, the daily copy and restoring from it.
 */
class TheProjectFileInTheWindowTest {

    private static final String TITLE = "Musk hosts friendly chat with Trump on X after tech delays";

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private void keys(KeyCode modifier, KeyCode key) {
        window.robot.press(modifier).type(key).release(modifier);
    }

    @Test
    void undoingADeletionAfterReadingNineOtherArticlesRestoresTheAnnotation() throws Exception {
        window = RunningApp.start(home, null).awaitArticle(TITLE);
        String phrase = "unsubstantiated claims";
        int start = window.area().getText().indexOf(phrase);
        window.robot.interact(() -> window.area().selectRange(start, start + phrase.length()));
        window.robot.type(KeyCode.DIGIT2);
        assertThat(window.rows(1)).hasSize(1);
        window.robot.interact(() -> window.annotationTable().getSelectionModel().select(0));
        window.robot.interact(window::focusArticle);
        window.robot.type(KeyCode.DELETE);
        assertThat(window.rows(0)).isEmpty();
        window.awaitSaved();
        for (int i = 0; i < 9; i++) {
            keys(KeyCode.ALT, KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.area().getText().startsWith("Musk"));

        keys(KeyCode.CONTROL, KeyCode.Z);

        window.awaitArticle("Musk hosts");
        assertThat(window.rows(1)).singleElement().satisfies(claim -> assertThat(claim.text()).isEqualTo(phrase));
        window.awaitSaved();
        assertThat(window.status()).startsWith("Undone: ");
        assertThat(window.saveState()).startsWith("All changes saved");
        try (ProjectStore file = SqliteProjectStore.open(home.resolve("data/samples.newsmark"), OpenMode.READ_ONLY)) {
            assertThat(file.annotations(1)).hasSize(1);
        }
    }

    @Test
    void articlesImportedFromTheCommandLineShowInTheWindowWithoutReopeningIt() throws Exception {
        Path project = home.resolve("study.newsmark");
        window = RunningApp.start(home, project);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.app.session() != null && articleList().getItems().isEmpty());

        int exit = CommandLineRunner.run(file -> { }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "import", "-p", project.toString(), "samples/bbc-musk-trump-x.txt");

        assertThat(exit).isZero();
        // The window looks for outside changes twice a second; the bound is generous for loaded machines.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> articleList().getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents(); // the list is read from this thread, the message set right after it
        assertThat(window.status()).isEqualTo("1 article was added to the project by another program.");
    }

    @Test
    void aProjectFromBeforeCodersHadNamesKeepsItsOneCodersWorkEditable() throws Exception {
        Path project = home.resolve("older.newsmark");
        org.newsmark.testing.CodedBbc.create(project); // coded by "tester", with no coder name set
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");

        assertThat(window.app.session().viewModel().coder()).isEqualTo("tester");
        try (ProjectStore file = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            assertThat(file.setting(ProjectStore.CODER_SETTING)).contains("tester");
        }
    }

    @Test
    void aDamagedProjectOpensReadOnlyAndOffersARepairedCopy() throws Exception {
        Path project = home.resolve("study.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            new org.newsmark.importing.CorpusImporter(store).importPaths(List.of(org.newsmark.testing.Samples.BBC));
        }
        Damage.missingIndexRow(project);
        Path repaired = home.resolve("study-repaired.newsmark");
        window = RunningApp.start(home, project, owner -> new UnexpectedDialogs() {
            @Override
            public Optional<Path> chooseProjectCopy(String title, String suggestedName) {
                assertThat(suggestedName).isEqualTo("study-repaired.newsmark");
                return Optional.of(repaired);
            }

            @Override
            public boolean confirm(String title, String header, String message, String confirmLabel) {
                return true;
            }
        }).awaitArticle(TITLE);
        assertThat(window.saveState()).startsWith("Read-only: it is damaged (row 1 missing from index article_by_source)");

        window.menu("Save a Re_paired Copy\u2026");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.app.session() != null
                && window.app.session().store().file().equals(repaired));
        window.awaitArticle(TITLE);
        assertThat(window.saveState()).isEqualTo("Every change is saved as you make it");
    }

    @Test
    void todaysCopyIsMadeAndCanBeRestored() throws Exception {
        Path project = home.resolve("study.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            new org.newsmark.importing.CorpusImporter(store).importPaths(List.of(org.newsmark.testing.Samples.BBC));
        }
        window = RunningApp.start(home, project, owner -> new UnexpectedDialogs() {
            @Override
            public Optional<Integer> chooseOne(String title, String header, List<String> choices) {
                assertThat(choices.get(0)).isEqualTo("daily copy of " + LocalDate.now());
                return Optional.of(0);
            }

            @Override
            public boolean confirm(String title, String header, String message, String confirmLabel) {
                return true;
            }
        }).awaitArticle(TITLE);
        Path backups = home.resolve("data/backups");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> files(backups).stream().anyMatch(name -> name.endsWith(LocalDate.now() + ".newsmark")));
        String phrase = "unsubstantiated claims";
        int start = window.area().getText().indexOf(phrase);
        window.robot.interact(() -> window.area().selectRange(start, start + phrase.length()));
        window.robot.type(KeyCode.DIGIT2);
        window.awaitSaved();

        window.menu("_Restore from a Backup\u2026");

        window.awaitArticle(TITLE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.status().startsWith("Restored from "));
        assertThat(window.rows(0)).isEmpty();
        assertThat(files(home)).anyMatch(name -> name.startsWith("study.newsmark.before-restore-"));
        Path aside = home.resolve(files(home).stream().filter(name -> name.startsWith("study.newsmark.before-restore-"))
                .findFirst().orElseThrow());
        try (ProjectStore before = SqliteProjectStore.open(aside, OpenMode.READ_ONLY)) {
            assertThat(before.annotations(1)).hasSize(1);
        }
    }

    @Test
    void theCoderNameIsSetOnceAndWorkIsRecordedUnderIt() throws Exception {
        Path project = home.resolve("study.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            new org.newsmark.importing.CorpusImporter(store).importPaths(List.of(org.newsmark.testing.Samples.BBC));
        }
        window = RunningApp.start(home, project, owner -> new UnexpectedDialogs() {
            @Override
            public Optional<String> askText(String title, String header, String initial) {
                return Optional.of("anna");
            }
        }).awaitArticle(TITLE);

        window.menu("Coder _Name\u2026");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.app.session() != null
                && window.app.session().viewModel().coder().equals("anna"));
        window.awaitArticle(TITLE);
        String phrase = "unsubstantiated claims";
        int start = window.area().getText().indexOf(phrase);
        window.robot.interact(() -> window.area().selectRange(start, start + phrase.length()));
        window.robot.type(KeyCode.DIGIT2);
        window.awaitSaved();

        try (ProjectStore file = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            assertThat(file.annotations(1)).singleElement().satisfies(claim -> assertThat(claim.annotator()).isEqualTo("anna"));
            assertThat(file.coder()).isEqualTo("anna");
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> articleList() {
        return (ListView<ArticleSummary>) window.robot.lookup("#article-list").query();
    }

    private static List<String> files(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
