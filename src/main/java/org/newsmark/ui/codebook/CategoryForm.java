package org.newsmark.ui.codebook;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;

/**
 * The selected category's name, colour, key, role, coding instruction and attributes. Each field
 * is committed (as one undoable edit) on Enter or when it is left.
 */
final class CategoryForm {

    private final CodebookEditorViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final TextField name = new TextField();
    private final ColorPicker colour = new ColorPicker();
    private final TextField key = new TextField();
    private final ComboBox<String> role = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final ListView<AttributeDefinition> attributes = new ListView<>();
    private boolean syncing;
    /** What each text field commits: on Enter, when it is left, and when the window closes with it focused. */
    private final java.util.Map<TextInputControl, Runnable> commits = new java.util.HashMap<>();

    CategoryForm(CodebookEditorViewModel viewModel) {
        this.viewModel = viewModel;
        name.setId("category-name");
        key.setId("category-key");
        key.setPrefColumnCount(2);
        colour.setId("category-colour");
        description.setId("category-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setPromptText("When to use this category: the coding instruction, shown as a tooltip");
        role.getItems().add("none");
        Arrays.stream(CategoryRole.values()).forEach(value -> role.getItems().add(value.code()));
        commitOnLeave(name, () -> viewModel.rename(name.getText()));
        commitOnLeave(key, () -> viewModel.setShortcut(key.getText()));
        commitOnLeave(description, () -> viewModel.describe(description.getText()));
        colour.setOnAction(event -> {
            if (!syncing) {
                viewModel.recolour(hex(colour.getValue()));
            }
        });
        role.setOnAction(event -> {
            if (!syncing && role.getValue() != null) {
                viewModel.setRole(role.getValue().equals("none") ? null : CategoryRole.fromCode(role.getValue()));
            }
        });
        attributes.setId("category-attributes");
        attributes.setPrefHeight(120);
        attributes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AttributeDefinition attribute, boolean empty) {
                super.updateItem(attribute, empty);
                setText(empty || attribute == null ? null : describe(attribute));
            }
        });
        Button add = new Button("Add\u2026");
        add.setOnAction(event -> AttributeDialog.ask(window(), "New attribute", null).ifPresent(viewModel::addAttribute));
        Button edit = new Button("Edit\u2026");
        edit.setOnAction(event -> {
            AttributeDefinition chosen = attributes.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                AttributeDialog.ask(window(), "Attribute " + chosen.name(), chosen)
                        .ifPresent(draft -> viewModel.changeAttribute(chosen, draft));
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(event -> {
            AttributeDefinition chosen = attributes.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.removeAttribute(chosen);
            }
        });
        edit.disableProperty().bind(attributes.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(attributes.getSelectionModel().selectedItemProperty().isNull());
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("Name"), name);
        grid.addRow(1, label("Colour"), colour);
        grid.addRow(2, label("Key"), key);
        grid.addRow(3, label("Role"), role);
        grid.addRow(4, label("Use it for"), description);
        grid.addRow(5, label("Attributes"), attributes);
        grid.add(new HBox(6, add, edit, remove), 1, 6);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(description, Priority.ALWAYS);
        viewModel.selectedProperty().addListener((observable, before, after) -> show(after));
        viewModel.refusalsProperty().addListener((observable, before, after) -> show(viewModel.selectedProperty().get()));
        show(viewModel.selectedProperty().get());
    }

    Node node() {
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static String describe(AttributeDefinition attribute) {
        String type = switch (attribute.type()) {
            case CHOICE -> String.join(" / ", attribute.choices());
            case YES_NO -> "yes / no";
            case NUMBER -> "number";
            case TEXT -> "text";
        };
        return attribute.name() + "  (" + type + ")";
    }

    private javafx.stage.Window window() {
        return grid.getScene() == null ? null : grid.getScene().getWindow();
    }

    /**
     * Commits the field being typed in. Closing the window (Escape, its Close button, the window's
     * own close box) does not take the focus from it, so it is not left and would be lost.
     */
    void commitPendingInput() {
        Runnable commit = grid.getScene() == null ? null : commits.get(grid.getScene().getFocusOwner());
        if (commit != null && !syncing) {
            commit.run();
        }
    }

    private void commitOnLeave(TextInputControl field, Runnable commit) {
        commits.put(field, commit);
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused && !syncing) {
                commit.run();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && (field instanceof TextField || event.isShortcutDown())) {
                commit.run();
                event.consume();
            }
        });
    }

    private void show(Category category) {
        syncing = true;
        try {
            grid.setDisable(category == null);
            name.setText(category == null ? "" : category.name());
            key.setText(category == null || category.shortcut() == null ? "" : category.shortcut());
            colour.setValue(category == null ? Color.GRAY : Color.web(category.color()));
            role.setValue(category == null || category.role() == null ? "none" : category.role().code());
            description.setText(category == null ? "" : category.description());
            attributes.getItems().setAll(category == null ? java.util.List.of() : category.attributes());
        } finally {
            syncing = false;
        }
    }

    private static String hex(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
