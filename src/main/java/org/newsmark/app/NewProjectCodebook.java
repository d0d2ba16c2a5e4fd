package org.newsmark.app;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsmark.importing.CodebookJsonReader;
import org.newsmark.importing.ImportException;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.ui.common.FxDialogService;

/** Asks which codebook a new project starts with: a built-in one or one from a codebook file. */
final class NewProjectCodebook {

    private static final String SOURCING = "News sourcing: speakers, claims, expert quotes, context, cues";
    private static final String FRAMES = "Media frames: the 15 framing dimensions, primary frame and tone";
    private static final String FILE = "From a codebook file\u2026";

    private NewProjectCodebook() {
    }

    static Optional<CodebookDraft> ask(Window owner) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(SOURCING, List.of(SOURCING, FRAMES, FILE));
        dialog.initOwner(owner);
        dialog.setTitle("New project");
        dialog.setHeaderText("Which codebook should the project start with? (It can be edited later.)");
        Optional<String> answer = dialog.showAndWait();
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        if (answer.get().equals(SOURCING)) {
            return Optional.of(Codebooks.newsSourcing());
        }
        if (answer.get().equals(FRAMES)) {
            return Optional.of(Codebooks.mediaFrames());
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Codebook for the new project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Newsmark codebooks (*.json)", "*.json"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CodebookJsonReader().read(file.toPath()));
        } catch (ImportException e) {
            new FxDialogService(owner).showError("Codebook", file.getName() + " cannot start a project: " + e.getMessage());
            return Optional.empty();
        }
    }
}
