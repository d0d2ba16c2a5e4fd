package org.newsmark.ui.corpus;

import java.io.File;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.ui.common.DialogService;

/**
 * The ways articles come into the window: files and folders chosen or dropped on it, a web address,
 * and text pasted as a new article. Everything goes to the background import; a collection file
 * chosen or dropped first shows which of its fields become each part of an article.
 */
public final class ImportActions {

    private static final DateTimeFormatter PASTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Folders are searched through their sub-folders, as someone handing over a folder expects. */
    private static final ImportOptions OPTIONS = ImportOptions.DEFAULTS.withRecursive(true);

    private final ImportViewModel imports;
    private final DialogService dialogs;
    private final Consumer<String> say;
    private final boolean readOnly;

    /** @param say shows a message in the status line */
    public ImportActions(ImportViewModel imports, DialogService dialogs, Consumer<String> say, boolean readOnly) {
        this.imports = imports;
        this.dialogs = dialogs;
        this.say = say;
        this.readOnly = readOnly;
    }

    /** Chosen files; a collection among them first shows which fields become the title, text and so on. */
    public void importFiles() {
        startAfterMapping(dialogs.chooseFilesToImport().stream().map(ImportInput::file).toList());
    }

    public void importFolder() {
        dialogs.chooseFolderToImport().ifPresent(folder -> start(List.of(ImportInput.file(folder))));
    }

    public void importUrl() {
        dialogs.askForUrl().ifPresent(url -> start(List.of(ImportInput.url(url))));
    }

    /** The clipboard's text as a new article (its first line the title); a copied file or link is imported as such. */
    public void pasteAsArticle() {
        List<ImportInput> inputs = inputsOf(Clipboard.getSystemClipboard().hasFiles() ? Clipboard.getSystemClipboard().getFiles() : null,
                Clipboard.getSystemClipboard().getString());
        if (inputs.isEmpty()) {
            say.accept("There is no text on the clipboard to paste as an article.");
            return;
        }
        start(inputs);
    }

    /** Lets files, folders, links and text be dropped anywhere on {@code target}. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            Dragboard board = event.getDragboard();
            if (event.getGestureSource() == null && (board.hasFiles() || board.hasUrl() || board.hasString())) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Dragboard board = event.getDragboard();
            if (event.getGestureSource() != null) {
                return;
            }
            List<ImportInput> inputs = inputsOf(board.hasFiles() ? board.getFiles() : null,
                    board.hasUrl() ? board.getUrl() : board.getString());
            event.setDropCompleted(!inputs.isEmpty());
            event.consume();
            startAfterMapping(inputs);
        });
    }

    /** Files if there are any; else a lone web address; else the text itself as a pasted article. */
    static List<ImportInput> inputsOf(List<File> files, String text) {
        List<ImportInput> inputs = new ArrayList<>();
        if (files != null && !files.isEmpty()) {
            files.forEach(file -> inputs.add(ImportInput.file(file.toPath())));
            return inputs;
        }
        if (text == null || text.isBlank()) {
            return inputs;
        }
        String stripped = text.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && !stripped.contains("\n") && !stripped.contains(" ")) {
            inputs.add(ImportInput.url(stripped));
        } else {
            inputs.add(ImportInput.text("Pasted " + LocalDateTime.now().format(PASTED), text));
        }
        return inputs;
    }

    private void startAfterMapping(List<ImportInput> inputs) {
        if (canImport(inputs)) {
            imports.previewCollection(inputs, OPTIONS, preview -> {
                if (preview.isEmpty()) {
                    imports.start(inputs, OPTIONS);
                } else {
                    dialogs.askFieldMapping(preview.get())
                            .ifPresent(mapping -> imports.start(inputs, OPTIONS.withMapping(mapping)));
                }
            });
        }
    }

    private void start(List<ImportInput> inputs) {
        if (canImport(inputs)) {
            imports.start(inputs, OPTIONS);
        }
    }

    private boolean canImport(List<ImportInput> inputs) {
        if (inputs.isEmpty()) {
            return false;
        }
        if (readOnly) {
            say.accept("This project is read-only; nothing can be imported into it.");
            return false;
        }
        return true;
    }
}
