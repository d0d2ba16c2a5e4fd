package org.newsmark.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;

/**
 * A form for typed attributes: a list of choices for choice and yes/no attributes (with a blank for
 * "not coded"), a field for numbers and text that is committed on Enter or when left (never on each
 * keystroke, so one value is one undoable edit). The descriptions are the fields' tooltips.
 */
public final class AttributeForm {

    private final GridPane grid = new GridPane();
    private final BiConsumer<AttributeDefinition, String> onCommit;
    private final Map<Long, Control> controls = new HashMap<>();
    private List<AttributeDefinition> shown = List.of();
    private boolean syncing;
    /** A text field whose typing was committed by {@link #leave}: the next {@link #show} fills it, focused or not. */
    private TextField left;

    public AttributeForm(BiConsumer<AttributeDefinition, String> onCommit) {
        this.onCommit = onCommit;
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.getStyleClass().add("attribute-form");
    }

    public Node node() {
        return grid;
    }

    /** Shows these attributes with these values; rebuilds the controls only when the attributes differ. */
    public void show(List<AttributeDefinition> attributes, Map<Long, String> values) {
        if (!attributes.equals(shown)) {
            build(attributes);
        }
        syncing = true;
        try {
            for (AttributeDefinition attribute : attributes) {
                String value = values.getOrDefault(attribute.id(), "");
                Control control = controls.get(attribute.id());
                if (control instanceof ComboBox<?> box) {
                    @SuppressWarnings("unchecked")
                    ComboBox<String> choices = (ComboBox<String>) box;
                    choices.setValue(value);
                } else if (control instanceof TextField field && (!field.isFocused() || field == left)) {
                    field.setText(value);
                }
            }
        } finally {
            syncing = false;
            left = null;
        }
    }

    /**
     * Commits what is being typed in a text field to {@code owner} (the annotation or article it was
     * typed for), before the form shows another one's values or the window closes: the field keeps the
     * keyboard, and nothing typed is lost or given to the next one.
     */
    public void leave(BiConsumer<AttributeDefinition, String> owner) {
        for (AttributeDefinition attribute : shown) {
            if (controls.get(attribute.id()) instanceof TextField field && field.isFocused()) {
                owner.accept(attribute, field.getText());
                left = field;
            }
        }
    }

    /** Commits what is being typed in a text field to the annotation or article shown. */
    public void commitPendingInput() {
        leave(onCommit);
    }

    public void setDisable(boolean disable) {
        grid.setDisable(disable);
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }

    private void build(List<AttributeDefinition> attributes) {
        grid.getChildren().clear();
        controls.clear();
        shown = List.copyOf(attributes);
        int row = 0;
        for (AttributeDefinition attribute : attributes) {
            Label label = new Label(attribute.name());
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setMaxWidth(160);
            Control control = controlFor(attribute);
            control.setId("attribute-" + attribute.id());
            if (!attribute.description().isBlank()) {
                label.setTooltip(new Tooltip(attribute.description()));
                control.setTooltip(new Tooltip(attribute.description()));
            }
            label.setLabelFor(control);
            GridPane.setHalignment(label, HPos.LEFT);
            grid.addRow(row++, label, control);
            controls.put(attribute.id(), control);
        }
    }

    private Control controlFor(AttributeDefinition attribute) {
        if (attribute.type() == AttributeType.CHOICE || attribute.type() == AttributeType.YES_NO) {
            List<String> values = new ArrayList<>();
            values.add("");
            values.addAll(attribute.type() == AttributeType.YES_NO ? List.of("yes", "no") : attribute.choices());
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(values);
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((observable, before, after) -> {
                if (!syncing && after != null) {
                    onCommit.accept(attribute, after);
                }
            });
            return box;
        }
        TextField field = new TextField();
        field.setPromptText(attribute.type() == AttributeType.NUMBER ? "a number" : "");
        field.setOnAction(event -> onCommit.accept(attribute, field.getText()));
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused && !syncing) {
                onCommit.accept(attribute, field.getText());
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.getParent().requestFocus();
            }
        });
        return field;
    }
}
