package org.newsmark.ui.codebook;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/**
 * The codebook editor window: the categories as a tree with their details, the document fields,
 * and codebook files in and out. Every change is made at once and can be undone in the main window.
 */
public final class CodebookEditor {

    private final CodebookEditorViewModel viewModel;
    private final Stage stage = new Stage();
    private final TreeView<Category> tree = new TreeView<>();
    private final ListView<AttributeDefinition> fields = new ListView<>();
    private boolean syncing;

    public CodebookEditor(CodebookEditorViewModel viewModel, Window owner, List<String> stylesheets) {
        this.viewModel = viewModel;
        tree.setId("codebook-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new CategoryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!syncing) {
                viewModel.selectedProperty().set(after == null ? null : after.getValue());
            }
        });
        viewModel.codebookProperty().addListener((observable, before, after) -> rebuild(after));
        viewModel.selectedProperty().addListener((observable, before, after) -> selectInTree(after));

        Button add = button("Add", "A new top-level category", () -> viewModel.add(false));
        add.setId("codebook-add");
        Button addSub = button("Add sub-category", "A category that refines the selected one", () -> viewModel.add(true));
        Button up = button("\u2191", "Move up", () -> viewModel.move(-1));
        Button down = button("\u2193", "Move down", () -> viewModel.move(1));
        Button delete = button("Delete\u2026", "Delete the category and its sub-categories", () -> viewModel.delete(this::askWhatToDo));
        delete.setId("codebook-delete");
        addSub.disableProperty().bind(viewModel.selectedProperty().isNull());
        up.disableProperty().bind(viewModel.selectedProperty().isNull());
        down.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        VBox left = new VBox(6, tree, new HBox(4, add, addSub), new HBox(4, up, down, delete));
        VBox.setVgrow(tree, Priority.ALWAYS);

        Label fieldsHeading = new Label("Document fields (coded once per article)");
        fieldsHeading.getStyleClass().add("panel-heading");
        fields.setId("codebook-fields");
        fields.setPrefHeight(110);
        fields.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AttributeDefinition field, boolean empty) {
                super.updateItem(field, empty);
                setText(empty || field == null ? null : CategoryForm.describe(field));
            }
        });
        Button addField = button("Add\u2026", "A new document field", () ->
                AttributeDialog.ask(stage, "New document field", null).ifPresent(viewModel::addField));
        Button editField = button("Edit\u2026", "Change the selected field", () -> selectedField().ifPresent(field ->
                AttributeDialog.ask(stage, "Document field " + field.name(), field)
                        .ifPresent(draft -> viewModel.changeField(field, draft))));
        Button removeField = button("Remove", "Remove the selected field", () -> selectedField().ifPresent(viewModel::removeField));
        CategoryForm form = new CategoryForm(viewModel);
        VBox right = new VBox(8, form.node(), new Separator(), fieldsHeading, fields,
                new HBox(4, addField, editField, removeField));
        right.setPadding(new Insets(0, 0, 0, 8));

        Button importButton = button("Import\u2026", "Add the categories and attributes of a codebook file (.json)", this::importFile);
        Button exportJson = button("Export\u2026", "Save the codebook as a Newsmark codebook file (.json)", () -> export("json"));
        Button exportQdc = button("Export REFI-QDA\u2026", "For QualCoder, NVivo, ATLAS.ti, MAXQDA (.qdc)", () -> export("qdc"));
        Button close = button("Close", "", stage::close);
        // Escape closes it too; a name or key being typed is committed as its field loses the focus.
        close.setCancelButton(true);
        HBox bottom = new HBox(6, importButton, exportJson, exportQdc, new javafx.scene.layout.Region(), close);
        HBox.setHgrow(bottom.getChildren().get(3), Priority.ALWAYS);
        bottom.setPadding(new Insets(8, 0, 0, 0));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.42);
        BorderPane root = new BorderPane(split);
        root.setBottom(bottom);
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 860, 600);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Codebook");
        stage.setOnHiding(event -> form.commitPendingInput());
        stage.initOwner(owner);
        rebuild(viewModel.codebook());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private Optional<AttributeDefinition> selectedField() {
        return Optional.ofNullable(fields.getSelectionModel().getSelectedItem());
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        if (!tooltip.isEmpty()) {
            button.setTooltip(new Tooltip(tooltip));
        }
        button.setOnAction(event -> action.run());
        return button;
    }

    private void rebuild(Codebook codebook) {
        syncing = true;
        try {
            TreeItem<Category> root = new TreeItem<>();
            addChildren(root, codebook, null);
            tree.setRoot(root);
            fields.getItems().setAll(codebook.documentFields());
        } finally {
            syncing = false;
        }
        selectInTree(viewModel.selectedProperty().get());
    }

    private void addChildren(TreeItem<Category> parent, Codebook codebook, Long parentId) {
        for (Category category : codebook.children(parentId)) {
            TreeItem<Category> item = new TreeItem<>(category);
            item.setExpanded(true);
            parent.getChildren().add(item);
            addChildren(item, codebook, category.id());
        }
    }

    private void selectInTree(Category category) {
        syncing = true;
        try {
            TreeItem<Category> item = category == null ? null : find(tree.getRoot(), category.id());
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<Category> find(TreeItem<Category> item, long id) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<Category> child : item.getChildren()) {
            TreeItem<Category> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Asks what to do with the annotations of a category being deleted. */
    private Optional<Optional<Category>> askWhatToDo(Category category, int annotations, List<Category> others) {
        String deleteThem = "Delete them";
        List<String> options = new ArrayList<>();
        options.add(deleteThem);
        others.forEach(other -> options.add("Make them " + other.name()));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(deleteThem, options);
        dialog.initOwner(stage);
        dialog.setTitle("Delete " + category.name());
        dialog.setHeaderText(category.name() + " is used by " + annotations + (annotations == 1 ? " annotation." : " annotations.")
                + " What should happen to " + (annotations == 1 ? "it" : "them") + "? (Undo brings everything back.)");
        return dialog.showAndWait().map(answer -> answer.equals(deleteThem) ? Optional.empty()
                : others.stream().filter(other -> answer.equals("Make them " + other.name())).findFirst());
    }

    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a codebook");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Newsmark codebooks (*.json)", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.importFile(file.toPath());
        }
    }

    private void export(String format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(format.equals("qdc") ? "Export the codebook for REFI-QDA tools" : "Export the codebook");
        chooser.setInitialFileName("codebook." + format);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            viewModel.exportFile(file.toPath(), format);
        }
    }

    private static final class CategoryCell extends TreeCell<Category> {
        private final Rectangle swatch = new Rectangle(12, 12);

        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            if (empty || category == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            swatch.setFill(Color.web(category.color()));
            setGraphic(swatch);
            setText(category.name() + (category.shortcut() == null ? "" : "   [" + category.shortcut() + "]")
                    + (category.role() == null ? "" : "   " + category.role().code()));
            setTooltip(category.description().isBlank() ? null : new Tooltip(category.description()));
        }
    }
}
