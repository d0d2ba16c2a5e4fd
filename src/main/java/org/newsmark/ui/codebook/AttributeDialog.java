package org.newsmark.ui.codebook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.AttributeType;

/** Asks for an attribute's name, type, choices (one a line) and description. */
final class AttributeDialog {

    private AttributeDialog() {
    }

    static Optional<AttributeDraft> ask(Window owner, String title, AttributeDefinition start) {
        TextField name = new TextField(start == null ? "" : start.name());
        name.setId("attribute-name");
        ComboBox<AttributeType> type = new ComboBox<>();
        type.getItems().setAll(AttributeType.values());
        type.setValue(start == null ? AttributeType.CHOICE : start.type());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttributeType value) {
                return value == null ? "" : switch (value) {
                    case CHOICE -> "choice from a list";
                    case YES_NO -> "yes or no";
                    case NUMBER -> "number";
                    case TEXT -> "free text";
                };
            }

            @Override
            public AttributeType fromString(String text) {
                return null;
            }
        });
        TextArea choices = new TextArea(start == null ? "" : String.join("\n", start.choices()));
        choices.setId("attribute-choices");
        choices.setPrefRowCount(5);
        choices.setPromptText("One choice a line");
        choices.disableProperty().bind(type.valueProperty().isNotEqualTo(AttributeType.CHOICE));
        TextField description = new TextField(start == null ? "" : start.description());
        description.setPromptText("When and how to fill it in (shown as a tooltip)");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Type"), type);
        grid.addRow(2, new Label("Choices"), choices);
        grid.addRow(3, new Label("Description"), description);
        Dialog<AttributeDraft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new AttributeDraft(name.getText(),
                type.getValue(), type.getValue() == AttributeType.CHOICE ? lines(choices.getText()) : List.of(),
                description.getText()));
        name.requestFocus();
        return dialog.showAndWait();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
