package org.newsmark.app;

import java.nio.file.Path;
import java.util.Optional;
import org.newsmark.testing.UnexpectedDialogs;

/** Dialogs where choosing a project to open (a system file chooser) picks a given one; any other dialog fails the test. */
final class ChosenProject extends UnexpectedDialogs {

    private final Path chosen;

    ChosenProject(Path chosen) {
        this.chosen = chosen;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.of(chosen);
    }
}
