package org.newsmark.ui.annotation;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.ui.article.ArticleViewModel;

/**
 * The selected annotation's category and note, both editable, and a Delete button. A note is saved
 * when the field is left or with Ctrl+Enter; Escape brings back the saved note.
 */
final class AnnotationDetails {

    private final ArticleViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final ComboBox<Category> categoryBox = new ComboBox<>();
    private final TextArea noteArea = new TextArea();
    private final Button deleteButton = new Button("Delete");
    private boolean syncing;

    AnnotationDetails(ArticleViewModel viewModel) {
        this.viewModel = viewModel;
        categoryBox.setId("annotation-category");
        categoryBox.setItems(viewModel.categories());
        categoryBox.setCellFactory(list -> new CategoryCells.InList());
        categoryBox.setButtonCell(new CategoryCells.InList());
        categoryBox.setMaxWidth(Double.MAX_VALUE);
        categoryBox.valueProperty().addListener((observable, before, after) -> {
            Annotation selected = viewModel.getSelected();
            if (!syncing && selected != null && after != null) {
                viewModel.recategorise(selected, after);
            }
        });
        noteArea.setId("annotation-note");
        noteArea.setPromptText("Note (saved when you leave the field; Ctrl+Enter saves now)");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(4);
        noteArea.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                saveNote(viewModel.getSelected());
            }
        });
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, this::noteKeyPressed);
        deleteButton.setId("annotation-delete");
        deleteButton.setOnAction(event -> viewModel.deleteSelected());
        layOut();
        show(null, null);
    }

    Node node() {
        return grid;
    }

    void editNote() {
        noteArea.requestFocus();
    }

    private void layOut() {
        Label categoryLabel = new Label("Category");
        Label noteLabel = new Label("Note");
        categoryLabel.setMinWidth(Region.USE_PREF_SIZE);
        noteLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(categoryLabel, 0, 0);
        grid.add(categoryBox, 1, 0);
        grid.add(noteLabel, 0, 1);
        grid.add(noteArea, 1, 1);
        grid.add(new HBox(deleteButton), 1, 2);
        GridPane.setHgrow(categoryBox, Priority.ALWAYS);
        GridPane.setHgrow(noteArea, Priority.ALWAYS);
        grid.getStyleClass().add("annotation-details");
    }

    private void noteKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            saveNote(viewModel.getSelected());
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            Annotation selected = viewModel.getSelected();
            noteArea.setText(selected == null ? "" : selected.note());
            event.consume();
        }
    }

    private void saveNote(Annotation annotation) {
        if (annotation != null && viewModel.annotations().contains(annotation)) {
            viewModel.editNote(annotation, noteArea.getText());
        }
    }

    /**
     * Shows the newly selected annotation. A note being written for the one selected before is saved
     * to it first; a note being written for this same annotation is left as typed.
     */
    void show(Annotation before, Annotation after) {
        boolean otherAnnotation = after == null || before == null || !before.id().equals(after.id());
        if (otherAnnotation && before != null && noteArea.isFocused()) {
            saveNote(before);
        }
        syncing = true;
        try {
            categoryBox.setValue(after == null ? null : viewModel.category(after.categoryId()));
            String note = after == null ? "" : after.note();
            if ((!noteArea.isFocused() || otherAnnotation) && !noteArea.getText().equals(note)) {
                noteArea.setText(note);
            }
        } finally {
            syncing = false;
        }
        boolean none = after == null;
        categoryBox.setDisable(none);
        noteArea.setDisable(none);
        deleteButton.setDisable(none);
    }
}
