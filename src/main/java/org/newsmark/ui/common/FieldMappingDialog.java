package org.newsmark.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.collection.CollectionPreview;

/**
 * Which fields of a collection's records become each part of an article, chosen before the import:
 * every part shows the field picked for it (by the usual names, or the person's choice) and a value
 * from the first records, so a wrong pick shows before thousands of articles are imported with it.
 * The article text must come from some field; every other part may be left empty.
 */
public final class FieldMappingDialog {

    private static final Map<String, String> PART_LABELS = new LinkedHashMap<>();

    static {
        PART_LABELS.put("title", "Headline");
        PART_LABELS.put("standfirst", "Standfirst");
        PART_LABELS.put("text", "Article text");
        PART_LABELS.put("source", "Outlet");
        PART_LABELS.put("published", "Date");
        PART_LABELS.put("url", "Web address");
        PART_LABELS.put("byline", "Byline");
    }

    private static final int SAMPLE_CHARS = 90;

    private final Dialog<FieldMapping> dialog = new Dialog<>();
    private final CollectionPreview preview;
    private final Map<String, ComboBox<String>> choices = new LinkedHashMap<>();

    FieldMappingDialog(Window owner, CollectionPreviewer.Preview about) {
        this.preview = about.preview();
        dialog.initOwner(owner);
        dialog.setTitle("Import " + about.file().getFileName());
        dialog.setHeaderText("Which fields hold the article?");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType("Import", ButtonType.OK.getButtonData()),
                ButtonType.CANCEL);
        dialog.getDialogPane().setId("field-mapping");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 0, 0, 0));
        ColumnConstraints sampleColumn = new ColumnConstraints();
        sampleColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), sampleColumn);
        grid.add(new Label(lookedAt(about)), 0, 0, 3, 1);
        int row = 1;
        for (Map.Entry<String, String> part : PART_LABELS.entrySet()) {
            ComboBox<String> choice = fieldChoice(part.getKey());
            Label sample = new Label();
            sample.setId("sample-" + part.getKey());
            sample.getStyleClass().add("field-sample");
            sample.setMaxWidth(460);
            sample.textProperty().bind(choice.valueProperty().map(this::sampleOf).orElse(""));
            Label label = new Label(part.getValue());
            label.setLabelFor(choice);
            grid.addRow(row++, label, choice, sample);
            choices.put(part.getKey(), choice);
        }
        Label missingText = new Label("Choose the field that holds the article text.");
        missingText.getStyleClass().add("field-problem");
        missingText.visibleProperty().bind(choices.get("text").valueProperty().isEqualTo(FieldMapping.NO_FIELD));
        grid.add(missingText, 0, row, 3, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(missingText.visibleProperty());
        dialog.setResultConverter(button -> button.getButtonData().isCancelButton() ? null : chosen());
    }

    /** Asks; empty when the person cancels, and nothing is imported. */
    public static Optional<FieldMapping> ask(Window owner, CollectionPreviewer.Preview about) {
        return new FieldMappingDialog(owner, about).dialog.showAndWait();
    }

    private ComboBox<String> fieldChoice(String part) {
        List<String> fields = new ArrayList<>();
        fields.add(FieldMapping.NO_FIELD);
        fields.addAll(preview.fieldNames());
        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(fields));
        choice.setId("field-" + part);
        choice.setPrefWidth(200);
        choice.setCellFactory(list -> new FieldCell());
        choice.setButtonCell(new FieldCell());
        String picked = preview.picked().mapped(part);
        choice.setValue(picked == null || !fields.contains(picked) ? FieldMapping.NO_FIELD : picked);
        return choice;
    }

    private FieldMapping chosen() {
        FieldMapping mapping = FieldMapping.AUTOMATIC;
        for (Map.Entry<String, ComboBox<String>> choice : choices.entrySet()) {
            mapping = mapping.with(choice.getKey(), choice.getValue().getValue());
        }
        return mapping;
    }

    private String sampleOf(String field) {
        return preview.fields().stream().filter(candidate -> candidate.name().equals(field)).findFirst()
                .flatMap(found -> found.samples().stream().findFirst())
                .map(sample -> sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) + "\u2026" : sample)
                .map(sample -> "e.g. " + sample.replace('\n', ' '))
                .orElse("");
    }

    private String lookedAt(CollectionPreviewer.Preview about) {
        String records = preview.records() == 1 ? "1 record" : preview.records() + " records";
        String others = about.collections() > 1
                ? " The choice applies to all " + about.collections() + " collection files." : "";
        return "From its first " + records + "." + others;
    }

    /** A field's name, and "(none)" for leaving the part empty. */
    private static final class FieldCell extends ListCell<String> {
        @Override
        protected void updateItem(String field, boolean empty) {
            super.updateItem(field, empty);
            setText(empty || field == null ? null : FieldMapping.NO_FIELD.equals(field) ? "(none)" : field);
        }
    }
}
