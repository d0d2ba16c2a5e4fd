package org.newsmark.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.FieldMapping;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

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
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles, collections and annotations", "*.txt", "*.md", "*.markdown",
                        "*.text", "*.html", "*.htm", "*.xhtml", "*.json", "*.jsonl", "*.ndjson", "*.csv", "*.tsv", "*.ann",
                        "*.jsonld"),
                new FileChooser.ExtensionFilter("Text and Markdown", "*.txt", "*.md", "*.markdown", "*.text"),
                new FileChooser.ExtensionFilter("Saved web pages", "*.html", "*.htm", "*.xhtml"),
                new FileChooser.ExtensionFilter("JSON, JSON Lines, CSV collections", "*.json", "*.jsonl", "*.ndjson",
                        "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter("Annotations of other tools: brat (.ann beside its .txt), WebAnno TSV, "
                        + "W3C Web Annotation, doccano", "*.ann", "*.tsv", "*.jsonld", "*.json", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles (with its sub-folders)");
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> askForUrl() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("Import from the web");
        dialog.setHeaderText("The address of an article (http or https)");
        dialog.getEditor().setId("import-url");
        dialog.getEditor().setPromptText("https://en.wikinews.org/wiki/…");
        return dialog.showAndWait().map(String::strip).filter(url -> !url.isEmpty());
    }

    @Override
    public Optional<FieldMapping> askFieldMapping(CollectionPreviewer.Preview preview) {
        return FieldMappingDialog.ask(owner, preview);
    }

    @Override
    public Optional<ExportChoice> askExport(List<ProjectExporter> exporters, String preselected, String openArticle) {
        return ExportDialog.ask(owner, exporters, preselected, openArticle);
    }

    @Override
    public Optional<Path> chooseExportTarget(ProjectExporter exporter, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        if (exporter.layout() == ProjectExporter.Layout.FOLDER) {
            // A save dialog, not a folder chooser: the export makes a new folder of the name typed.
            chooser.setTitle("Export as " + exporter.format() + ": the name of a new folder");
        } else {
            chooser.setTitle("Export as " + exporter.format());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    exporter.format() + " (*." + exporter.extension() + ")", "*." + exporter.extension()));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseReportFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV table (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("Printable page (*.html)", "*.html", "*.htm"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectCopy(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(PROJECTS);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    @Override
    public Optional<Integer> chooseOne(String title, String header, List<String> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog.showAndWait().map(choices::indexOf);
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmLabel) {
        javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType(confirmLabel,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, javafx.scene.control.ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showText(String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setId("long-text");
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefSize(900, 480);
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        area.positionCaret(text.length());
        alert.showAndWait();
    }

    @Override
    public void copyToClipboard(String text) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }
}
