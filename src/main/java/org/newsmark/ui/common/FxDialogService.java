package org.newsmark.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsmark.importing.ImportReport;

/** The dialogs of the main window, as JavaFX alerts and file choosers. */
public final class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter PROJECTS =
            new FileChooser.ExtensionFilter("Newsmark projects (*.newsmark)", "*.newsmark");

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(20, (int) message.lines().count() + 1));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void showImportReport(ImportReport report) {
        if (!report.anyFailed() && report.count(ImportReport.Outcome.DUPLICATE) == 0) {
            return;
        }
        String details = report.entries().stream()
                .filter(entry -> entry.outcome() != ImportReport.Outcome.IMPORTED)
                .map(entry -> Path.of(entry.file()).getFileName() + ": " + (entry.outcome() == ImportReport.Outcome.FAILED
                        ? "not imported, " : "skipped, ") + entry.message())
                .collect(Collectors.joining("\n"));
        showInformation("Import", "Import: " + report.summary(), details);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open project");
        chooser.getExtensionFilters().addAll(PROJECTS, new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewProject() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New project");
        chooser.setInitialFileName("project.newsmark");
        chooser.getExtensionFilters().add(PROJECTS);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    private static Path withExtension(Path path) {
        return path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + ".newsmark");
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import text files");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text files (*.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export annotations as JSON Lines");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON Lines (*.jsonl)", "*.jsonl"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
