package org.newsmark.ui.coding;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.Category;
import org.newsmark.ui.common.AttributeForm;

/**
 * The article as a whole: its document codes (the codebook's document fields, such as primary frame
 * and tone) and a note, saved when the field is left or with Ctrl+Enter.
 */
public final class ArticleCodingPanel {

    private final ArticleCodingViewModel viewModel;
    private final VBox root = new VBox(8);
    private final AttributeForm fields;
    private final TextArea note = new TextArea();
    private final Label none = new Label("The codebook has no document fields.");

    public ArticleCodingPanel(ArticleCodingViewModel viewModel, javafx.collections.ObservableList<Category> categories) {
        this.viewModel = viewModel;
        this.fields = new AttributeForm(viewModel::setValue);
        note.setId("article-note");
        note.setWrapText(true);
        note.setPromptText("Notes on the whole article (saved when you leave the field; Ctrl+Enter saves now)");
        note.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                commitNote();
            }
        });
        note.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                commitNote();
                event.consume();
            }
        });
        Label heading = new Label("Document codes");
        heading.getStyleClass().add("panel-heading");
        Label noteHeading = new Label("Note on the article");
        noteHeading.getStyleClass().add("panel-heading");
        none.getStyleClass().add("hint");
        VBox.setVgrow(note, Priority.ALWAYS);
        root.getChildren().addAll(heading, fields.node(), none, noteHeading, note);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("article-coding-panel");
        viewModel.codingProperty().addListener((observable, before, after) -> show(after, before));
        // The codebook's document fields may be edited while an article is open.
        categories.addListener((ListChangeListener<Category>) change -> show(viewModel.codingProperty().get(), null));
        show(viewModel.codingProperty().get(), null);
    }

    public Node node() {
        return root;
    }

    /** Saves the note and the document field being typed (before the project is closed or the app quits). */
    public void commitPendingInput() {
        viewModel.setNote(note.getText());
        fields.commitPendingInput();
    }

    private void commitNote() {
        viewModel.setNote(note.getText());
    }

    private void show(ArticleCoding coding, ArticleCoding before) {
        if (before != null && (coding == null || before.articleId() != coding.articleId())) {
            // What is being typed belongs to the article being left.
            if (note.isFocused()) {
                viewModel.setNote(before, note.getText());
            }
            fields.leave((field, value) -> viewModel.setValue(before, field, value));
        }
        fields.show(viewModel.fields(), coding == null ? Map.of() : coding.values());
        boolean hasFields = !viewModel.fields().isEmpty();
        none.setVisible(!hasFields);
        none.setManaged(!hasFields);
        String text = coding == null ? "" : coding.note();
        boolean sameArticle = before != null && coding != null && before.articleId() == coding.articleId();
        if (!(sameArticle && note.isFocused()) && !note.getText().equals(text)) {
            note.setText(text);
        }
        root.setDisable(coding == null);
    }
}
