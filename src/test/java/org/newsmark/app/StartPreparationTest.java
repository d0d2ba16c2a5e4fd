package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start prepares while JavaFX comes up: the project open and its first article read, or why not. */
class StartPreparationTest {

    @TempDir
    Path home;

    private AppDirectories directories() {
        return new AppDirectories(home.resolve("data"), home.resolve("config"));
    }

    @Test
    void aFirstStartOpensTheSampleProjectAndReadsItsFirstArticleOnAThreadOfItsOwn() {
        StartPreparation.begin(new LaunchOptions(null, directories()));

        StartPreparation.Prepared prepared = StartPreparation.take().orElseThrow();

        try {
            assertThat(prepared.error()).isNull();
            assertThat(prepared.project()).isEqualTo(directories().defaultProject());
            assertThat(prepared.store().articles()).isNotEmpty();
            assertThat(prepared.firstView()).isNotNull();
        } finally {
            prepared.store().close();
        }
        // Taken once: a second application in the same process prepares for itself.
        assertThat(StartPreparation.take()).isEmpty();
    }

    @Test
    void aFileThatIsNotAProjectIsExplainedNotThrown() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.newsmark"), "Interview notes, not a project.");

        StartPreparation.Prepared prepared = StartPreparation.prepare(new LaunchOptions(notes, directories()));

        assertThat(prepared.store()).isNull();
        assertThat(prepared.firstView()).isNull();
        assertThat(prepared.error().getMessage()).contains("notes.newsmark");
        assertThat(Files.readString(notes)).isEqualTo("Interview notes, not a project.");
    }
}
