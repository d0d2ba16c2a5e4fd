package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Damage;

/** Damaged projects, projects a window holds, and copies, as a script meets them. */
class ProjectProblemsOnTheCommandLineTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CommandLineRunner.run(project -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path damagedProject() throws Exception {
        Path project = folder.resolve("study.newsmark");
        assertThat(run("import", "-p", project.toString(), "samples/bbc-musk-trump-x.txt", "samples/wikinews/GUM_news_clock.txt"))
                .isZero();
        Damage.missingIndexRow(project);
        return project;
    }

    @Test
    void importIntoADamagedProjectChangesNothingAndSaysHowToRepairIt() throws Exception {
        Path project = damagedProject();
        byte[] before = Files.readAllBytes(project);

        assertThat(run("import", "-p", project.toString(), "samples/wikinews/GUM_news_korea.txt")).isEqualTo(1);

        assertThat(err.toString()).contains("study.newsmark is damaged").contains("nothing was changed")
                .contains("newsmark repair --project");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void listWarnsThatADamagedProjectMayListTooLittle() throws Exception {
        Path project = damagedProject();

        assertThat(run("list", "-p", project.toString())).isZero();

        assertThat(err.toString()).startsWith("newsmark: warning: study.newsmark is damaged (");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void repairSavesACopyThatTakesNewArticles() throws Exception {
        Path project = damagedProject();
        Path repaired = folder.resolve("repaired.newsmark");

        assertThat(run("repair", "-p", project.toString(), "--out", repaired.toString())).isZero();
        assertThat(out.toString()).contains("Saved a repaired copy to");

        assertThat(run("import", "-p", repaired.toString(), "samples/wikinews/GUM_news_korea.txt")).isZero();
        assertThat(run("list", "-p", repaired.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(run("repair", "-p", repaired.toString(), "--out", folder.resolve("again.newsmark").toString())).isZero();
        assertThat(out.toString()).contains("is whole; nothing to repair");
    }

    @Test
    void anImportIntoAProjectAWindowHoldsWaitsItsTurnInsteadOfFailing() throws Exception {
        Path project = folder.resolve("study.newsmark");
        try (ProjectStore window = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            assertThat(run("import", "-p", project.toString(), "samples/bbc-musk-trump-x.txt")).isZero();
            assertThat(window.articles()).hasSize(1);
        }
    }

    @Test
    void aBackupIsAProjectOfItsOwn() throws Exception {
        Path project = folder.resolve("study.newsmark");
        run("import", "-p", project.toString(), "samples/bbc-musk-trump-x.txt");
        Path copy = folder.resolve("copy.newsmark");

        assertThat(run("backup", "-p", project.toString(), "--out", copy.toString())).isZero();
        assertThat(run("list", "-p", copy.toString())).isZero();
        assertThat(out.toString()).startsWith("1\tMusk hosts friendly chat");
        assertThat(run("backup", "-p", project.toString(), "--out", copy.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(List.of(folder.toFile().list())).doesNotContain("copy.newsmark.partial");
    }

    @Test
    void aNamedPipeIsRefusedInsteadOfWaitedOnForever() throws Exception {
        Path pipe = folder.resolve("articles.txt");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path project = folder.resolve("study.newsmark");

        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> run("import", "-p", project.toString(), pipe.toString(), "samples/bbc-musk-trump-x.txt"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("articles.txt").contains("not a regular file");
        assertThat(out.toString()).contains("1 imported");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"file:/etc/passwd", "jar:file:/tmp/a.jar!/x.txt", "ftp://example.org/a.txt"})
    void addressesOtherThanWebAddressesAreRefusedAsSuch(String address) {
        assertThat(run("import", "-p", folder.resolve("study.newsmark").toString(), address)).isEqualTo(1);

        assertThat(err.toString()).contains("only web addresses (http:// or https://)").doesNotContain("no such file");
    }
}
