package org.newsmark.ui.annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.newsmark.ui.article.AttributionViewModel;
import org.newsmark.ui.common.AttributeForm;

/**
 * The selected annotation's category and note, both editable, and a Delete button. A note is saved
 * when the field is left, with Ctrl+Enter, and before anything else is selected or opened; Escape
 * brings back the saved note.
 */
final class AnnotationDetails {

    private final ArticleViewModel viewModel;
    private final AnnotationCodingViewModel coding;
    private final AttributeForm attributes;
    private final PersonRow person;
    private final LinksRow links;
    private final GridPane grid = new GridPane();
    private final ComboBox<Category> categoryBox = new ComboBox<>();
    private final TextArea noteArea = new TextArea();
    private final Button deleteButton = new Button("Delete");
    /** The annotation whose note the field holds. */
    private UUID shownId;
    private boolean syncing;
    private Runnable onNoteLeft = () -> { };

    AnnotationDetails(ArticleViewModel viewModel, AnnotationCodingViewModel coding, AttributionViewModel attribution) {
        this.viewModel = viewModel;
        this.coding = coding;
        this.attributes = new AttributeForm((attribute, value) -> shown().ifPresent(
                annotation -> coding.setAttribute(annotation, attribute, value)));
        this.person = new PersonRow(coding);
        this.links = new LinksRow(viewModel, attribution);
        categoryBox.setId("annotation-category");
        categoryBox.setItems(viewModel.categories());
        categoryBox.setCellFactory(list -> new CategoryCells.InList(viewModel::codebook));
        categoryBox.setButtonCell(new CategoryCells.InList(viewModel::codebook));
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
                commitNote();
            }
        });
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, this::noteKeyPressed);
        deleteButton.setId("annotation-delete");
        deleteButton.setOnAction(event -> viewModel.deleteSelected());
        layOut();
        show(null);
    }

    Node node() {
        return grid;
    }

    void editNote() {
        noteArea.requestFocus();
        noteArea.end();
    }

    void setOnNoteLeft(Runnable action) {
        onNoteLeft = action;
    }

    private void layOut() {
        Label categoryLabel = new Label("Category");
        Label noteLabel = new Label("Note");
        categoryLabel.setMinWidth(Region.USE_PREF_SIZE);
        noteLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.setHgap(6);
        grid.setVgap(6);
        Label personLabel = new Label("Person");
        personLabel.setMinWidth(Region.USE_PREF_SIZE);
        personLabel.visibleProperty().bind(person.node().visibleProperty());
        personLabel.managedProperty().bind(person.node().managedProperty());
        Label linksLabel = new Label("Links");
        linksLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(categoryLabel, 0, 0);
        grid.add(categoryBox, 1, 0);
        grid.add(personLabel, 0, 1);
        grid.add(person.node(), 1, 1);
        grid.add(attributes.node(), 0, 2, 2, 1);
        grid.add(linksLabel, 0, 3);
        grid.add(links.node(), 1, 3);
        grid.add(noteLabel, 0, 4);
        grid.add(noteArea, 1, 4);
        grid.add(new HBox(deleteButton), 1, 5);
        GridPane.setHgrow(categoryBox, Priority.ALWAYS);
        GridPane.setHgrow(noteArea, Priority.ALWAYS);
        grid.getStyleClass().add("annotation-details");
    }

    private void noteKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            commitNote();
            event.consume();
            onNoteLeft.run();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            // Escape takes back what was typed and returns to the article.
            noteArea.setText(shown().map(Annotation::note).orElse(""));
            event.consume();
            onNoteLeft.run();
        }
    }

    /** The annotation the field belongs to, as it is now, if it still exists. */
    private Optional<Annotation> shown() {
        return viewModel.annotations().stream().filter(annotation -> annotation.id().equals(shownId)).findFirst();
    }

    /**
     * Saves what is being typed (the note, a text or number attribute) to the annotation it was typed
     * for, if it still exists: before another is shown, the project is closed or the app quits.
     */
    void commitPendingInput() {
        commitNote();
        attributes.commitPendingInput();
    }

    /** Saves a note typed into the field to the annotation it was typed for, if it still exists. */
    void commitNote() {
        shown().filter(annotation -> !annotation.note().equals(noteArea.getText().strip()))
                .ifPresent(annotation -> viewModel.editNote(annotation, noteArea.getText()));
    }

    /** Shows an annotation's category and note; a note being typed for that same annotation stays as typed. */
    void show(Annotation annotation) {
        boolean same = annotation != null && annotation.id().equals(shownId);
        syncing = true;
        try {
            categoryBox.setValue(annotation == null ? null : viewModel.category(annotation.categoryId()));
            String note = annotation == null ? "" : annotation.note();
            if (!(same && noteArea.isFocused()) && !noteArea.getText().equals(note)) {
                noteArea.setText(note);
            }
        } finally {
            syncing = false;
        }
        shownId = annotation == null ? null : annotation.id();
        attributes.show(annotation == null ? List.of() : coding.attributesOf(annotation),
                annotation == null ? Map.of() : annotation.attributes());
        person.show(annotation);
        links.show(annotation);
        boolean none = annotation == null;
        categoryBox.setDisable(none);
        noteArea.setDisable(none);
        deleteButton.setDisable(none);
        attributes.setDisable(none);
    }
}
