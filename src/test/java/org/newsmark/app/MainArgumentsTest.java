package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which starts go straight to the window, without the command line's parser, and on which project. */
class MainArgumentsTest {

    @Test
    void nothingAProjectOptionOrAProjectFileAloneOpenTheWindow() {
        assertThat(Main.windowOnly()).contains(Optional.empty());
        assertThat(Main.windowOnly("--project", "study.newsmark")).contains(Optional.of(Path.of("study.newsmark")));
        assertThat(Main.windowOnly("--project=my study.newsmark")).contains(Optional.of(Path.of("my study.newsmark")));
        assertThat(Main.windowOnly("/home/ana/Interviews.newsmark")).contains(Optional.of(Path.of("/home/ana/Interviews.newsmark")));
    }

    @Test
    void commandsHelpAndAnythingUnclearGoToTheCommandLine() {
        assertThat(Main.windowOnly("list", "--project", "study.newsmark")).isEmpty();
        assertThat(Main.windowOnly("--help")).isEmpty();
        assertThat(Main.windowOnly("--version")).isEmpty();
        assertThat(Main.windowOnly("--project")).isEmpty();
        assertThat(Main.windowOnly("--project", "--help")).isEmpty();
        assertThat(Main.windowOnly("notes.txt")).isEmpty();
        assertThat(Main.windowOnly("lst")).isEmpty();
    }
}
