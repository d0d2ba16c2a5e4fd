package org.newsmark.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.importing.ImportReport;

/**
 * What an import did, file by file: a table of the files with their counts, and for the file chosen
 * every article it gave (double-click opens one), every duplicate and every record skipped with the
 * reason. The report can be copied as tab-separated text for a lab notebook.
 */
public final class ImportReportDialog {

    /** One line of the chosen file's details; {@code articleId} is 0 for a skipped record. */
    record Detail(String text, long articleId) {
        @Override
        public String toString() {
            return text;
        }
    }

    private ImportReportDialog() {
    }

    public static Stage show(Window owner, ImportReport report, LongConsumer openArticle) {
        Label summary = new Label(headline(report));
        summary.setId("import-report-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("report-summary");

        FilteredList<ImportReport.FileReport> files = new FilteredList<>(FXCollections.observableArrayList(report.files()));
        TableView<ImportReport.FileReport> table = new TableView<>(files);
        table.setId("import-report-files");
        table.getColumns().add(column("File", 340, file -> file.file()));
        table.getColumns().add(column("Format", 70, file -> file.format()));
        table.getColumns().add(count("Imported", file -> file.imported().size()));
        table.getColumns().add(count("Already there", file -> file.duplicates().size()));
        table.getColumns().add(count("Skipped", ImportReport.FileReport::skippedCount));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        ListView<Detail> details = new ListView<>();
        details.setId("import-report-details");
        details.setPlaceholder(new Label("Choose a file to see its articles and what was skipped."));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, file) ->
                details.getItems().setAll(file == null ? List.of() : details(file)));
        details.setOnMouseClicked(event -> {
            Detail detail = details.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && detail != null && detail.articleId() > 0) {
                openArticle.accept(detail.articleId());
            }
        });

        CheckBox problemsOnly = new CheckBox("Only files with something skipped or already there");
        problemsOnly.setId("import-report-problems-only");
        problemsOnly.selectedProperty().addListener((observable, before, only) -> files.setPredicate(only
                ? file -> file.skippedCount() > 0 || !file.duplicates().isEmpty() || file.isNote() : null));
        problemsOnly.setSelected(report.skippedCount() > 0 && report.files().size() > 20);

        Stage stage = new Stage();
        Button copy = new Button("Copy Report");
        copy.setId("import-report-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(tabSeparated(report));
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox buttons = new HBox(8, problemsOnly, space, copy, close);

        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox content = new VBox(10, summary, split, buttons);
        VBox.setVgrow(split, Priority.ALWAYS);
        content.setPadding(new Insets(12));
        stage.initOwner(owner);
        stage.setTitle("Import report");
        Scene scene = new Scene(content, 760, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        if (!report.files().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        stage.show();
        return stage;
    }

    static String headline(ImportReport report) {
        StringBuilder text = new StringBuilder(report.summary().substring(0, 1).toUpperCase(java.util.Locale.ROOT)).append(report.summary().substring(1)).append('.');
        if (!report.codebookAdditions().isEmpty()) {
            text.append("\nAdded to the codebook for the imported annotations: ")
                    .append(String.join(", ", report.codebookAdditions())).append('.');
        }
        return text.toString();
    }

    static List<Detail> details(ImportReport.FileReport file) {
        List<Detail> details = new ArrayList<>();
        for (ImportReport.Skipped skipped : file.skipped()) {
            details.add(new Detail((file.isNote() ? "Note: " : "Skipped ") + (skipped.where().isEmpty() ? "" : skipped.where() + ": ")
                    + skipped.reason(), 0));
        }
        for (ImportReport.Duplicate duplicate : file.duplicates()) {
            details.add(new Detail("Already in the project " + (duplicate.where().isEmpty() ? "" : "(" + duplicate.where() + ") ")
                    + "as article " + duplicate.articleId() + ": " + duplicate.title(), duplicate.articleId()));
        }
        for (ImportReport.Imported imported : file.imported()) {
            details.add(new Detail("Imported " + (imported.where().isEmpty() ? "" : "(" + imported.where() + ") ")
                    + "as article " + imported.articleId() + ": " + imported.title(), imported.articleId()));
        }
        return details;
    }

    /** The report as a spreadsheet reads it: file, where, outcome, article, title or reason. */
    static String tabSeparated(ImportReport report) {
        StringBuilder text = new StringBuilder("file\twhere\toutcome\tarticle\ttitle or reason\n");
        for (ImportReport.FileReport file : report.files()) {
            file.imported().forEach(a -> row(text, file.file(), a.where(), "imported", a.articleId(), a.title()));
            file.duplicates().forEach(a -> row(text, file.file(), a.where(), "already in the project", a.articleId(), a.title()));
            file.skipped().forEach(s -> row(text, file.file(), s.where(), file.isNote() ? "note" : "skipped", 0, s.reason()));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String file, String where, String outcome, long article, String detail) {
        text.append(clean(file)).append('\t').append(clean(where)).append('\t').append(outcome).append('\t')
                .append(article > 0 ? String.valueOf(article) : "").append('\t').append(clean(detail)).append('\n');
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
    }

    private static TableColumn<ImportReport.FileReport, String> column(String title, double width,
            java.util.function.Function<ImportReport.FileReport, String> value) {
        TableColumn<ImportReport.FileReport, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<ImportReport.FileReport, Number> count(String title,
            java.util.function.ToIntFunction<ImportReport.FileReport> value) {
        TableColumn<ImportReport.FileReport, Number> column = new TableColumn<>(title);
        column.setPrefWidth(90);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsInt(cell.getValue())));
        return column;
    }
}
