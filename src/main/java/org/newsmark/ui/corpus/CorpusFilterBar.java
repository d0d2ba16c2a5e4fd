package org.newsmark.ui.corpus;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusFilter;

/** The filters above the corpus table, each applied as it is changed. */
final class CorpusFilterBar {

    private static final String ALL_OUTLETS = "All outlets";
    private static final AttributeDefinition NO_CODE = null;

    private final FlowPane pane = new FlowPane(8, 6);

    CorpusFilterBar(CorpusViewModel viewModel, ReadOnlyObjectProperty<Codebook> codebook) {
        TextField words = field("corpus-filter-words", "Title, outlet or byline contains\u2026", 220);
        ComboBox<String> outlet = new ComboBox<>();
        outlet.setId("corpus-filter-outlet");
        outlet.getItems().add(ALL_OUTLETS);
        viewModel.outlets().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = outlet.getValue();
            outlet.getItems().setAll(ALL_OUTLETS);
            outlet.getItems().addAll(viewModel.outlets());
            outlet.setValue(outlet.getItems().contains(chosen) ? chosen : ALL_OUTLETS);
        });
        outlet.setValue(ALL_OUTLETS);
        TextField from = field("corpus-filter-from", "From (2024-01-01)", 120);
        TextField to = field("corpus-filter-to", "To (2024-12)", 110);
        ChoiceBox<CorpusFilter.Annotated> annotated = new ChoiceBox<>(FXCollections.observableArrayList(CorpusFilter.Annotated.values()));
        annotated.setId("corpus-filter-annotated");
        annotated.setValue(CorpusFilter.Annotated.ANY);
        annotated.setConverter(converter(value -> value == CorpusFilter.Annotated.ANY ? "Annotated or not"
                : value == CorpusFilter.Annotated.YES ? "Annotated" : "Not annotated"));
        ComboBox<AttributeDefinition> codeField = new ComboBox<>();
        codeField.setId("corpus-filter-code-field");
        codeField.setPromptText("Any code");
        codeField.setConverter(converter(field -> field == null ? "Any code" : field.name()));
        fillCodeFields(codeField, codebook.get());
        codebook.addListener((observable, before, after) -> fillCodeFields(codeField, after));
        TextField codeValue = field("corpus-filter-code-value", "is (any value)", 120);
        Button clear = new Button("Clear Filters");
        clear.setId("corpus-filter-clear");

        Runnable apply = () -> viewModel.filterProperty().set(new CorpusFilter(words.getText(),
                ALL_OUTLETS.equals(outlet.getValue()) ? null : outlet.getValue(), from.getText(), to.getText(),
                annotated.getValue(), codeField.getValue() == null ? -1 : codeField.getValue().id(), codeValue.getText()));
        words.textProperty().addListener((o, b, a) -> apply.run());
        outlet.valueProperty().addListener((o, b, a) -> apply.run());
        from.textProperty().addListener((o, b, a) -> apply.run());
        to.textProperty().addListener((o, b, a) -> apply.run());
        annotated.valueProperty().addListener((o, b, a) -> apply.run());
        codeField.valueProperty().addListener((o, b, a) -> apply.run());
        codeValue.textProperty().addListener((o, b, a) -> apply.run());
        clear.setOnAction(event -> {
            words.clear();
            outlet.setValue(ALL_OUTLETS);
            from.clear();
            to.clear();
            annotated.setValue(CorpusFilter.Annotated.ANY);
            codeField.setValue(NO_CODE);
            codeValue.clear();
        });
        pane.getChildren().addAll(words, outlet, from, to, annotated, new Label("Code"), codeField, codeValue, clear);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.getStyleClass().add("corpus-filters");
    }

    Node node() {
        return pane;
    }

    private static void fillCodeFields(ComboBox<AttributeDefinition> box, Codebook codebook) {
        box.getItems().setAll((AttributeDefinition) null);
        if (codebook != null) {
            box.getItems().addAll(codebook.documentFields());
        }
    }

    private static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
