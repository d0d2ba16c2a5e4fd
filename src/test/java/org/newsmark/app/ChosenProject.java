package org.newsmark.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.FieldMapping;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FxDialogService;

/** The window's real dialogs, except that choosing a project to open (a system file chooser) picks a given one. */
final class ChosenProject implements DialogService {

    private final DialogService real;
    private final Path chosen;

    ChosenProject(Window owner, Path chosen) {
        this.real = new FxDialogService(owner);
        this.chosen = chosen;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.of(chosen);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        real.showInformation(title, header, message);
    }

    @Override
    public Optional<Path> chooseNewProject() {
        return real.chooseNewProject();
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return real.chooseFilesToImport();
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        return real.chooseFolderToImport();
    }

    @Override
    public Optional<String> askForUrl() {
        return real.askForUrl();
    }

    @Override
    public Optional<FieldMapping> askFieldMapping(CollectionPreviewer.Preview preview) {
        return real.askFieldMapping(preview);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        return real.chooseExportFile(suggestedName);
    }
}
