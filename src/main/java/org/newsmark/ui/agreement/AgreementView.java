package org.newsmark.ui.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.agreement.AgreementReport;

/**
 * How far the coders agree, in the window: choose coders and categories (or leave them empty for
 * all), Measure, and read the tables: span agreement (Krippendorff's alpha_U) per category for every
 * pair of coders and over all of them, per article, coding agreement on attributes and document
 * codes, and attribution agreement. Save as CSV or as a printable HTML page. docs/agreement.md says
 * how each number is computed.
 */
public final class AgreementView {

    private final AgreementViewModel viewModel;
    private final VBox root = new VBox(8);
    private final TextField coders = new TextField();
    private final TextField categories = new TextField();
    private final TableView<List<String>> byCategory = new TableView<>();
    private final TableView<AgreementReport.ArticleAgreement> byArticle = new TableView<>();
    private final TableView<AgreementReport.CodingAgreement> coding = new TableView<>();
    private final TableView<AgreementReport.AttributionAgreement> attribution = new TableView<>();

    /** @param chooseFile where to save the report (a file chooser in the window), or empty */
    public AgreementView(AgreementViewModel viewModel, Supplier<Optional<Path>> chooseFile) {
        this.viewModel = viewModel;
        coders.setId("agreement-coders");
        coders.setPromptText("all coders (or: anna, ben)");
        coders.setPrefColumnCount(16);
        categories.setId("agreement-categories");
        categories.setPromptText("all categories (or: Speaker, Claim)");
        categories.setPrefColumnCount(20);
        Button measure = new Button("Measure");
        measure.setId("agreement-measure");
        measure.setDefaultButton(true);
        measure.setOnAction(event -> measure());
        measure.disableProperty().bind(viewModel.running());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.running());
        Button save = new Button("Save\u2026");
        save.setTooltip(new Tooltip("As CSV (one value a row, for R or pandas), or as a printable page (.html)"));
        save.disableProperty().bind(viewModel.report().isNull());
        save.setOnAction(event -> chooseFile.get().ifPresent(viewModel::save));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.progressProperty().bind(viewModel.progress());
        progress.visibleProperty().bind(viewModel.running());
        Label message = new Label();
        message.setId("agreement-message");
        message.textProperty().bind(viewModel.message());
        FlowPane query = new FlowPane(8, 6, new Label("Coders"), coders, new Label("Categories"), categories, measure, cancel,
                save, progress);
        query.setAlignment(Pos.CENTER_LEFT);

        byCategory.setId("agreement-by-category");
        byCategory.setPlaceholder(new Label("Measure to see the coders' agreement."));
        byArticle.setId("agreement-by-article");
        byArticle.getColumns().setAll(List.of(
                column("Article", row -> "#" + row.id() + " " + row.title(), 280),
                column("Coders", row -> String.join(", ", row.coders()), 140),
                column("Units", row -> Integer.toString(row.units()), 60),
                column("\u03B1U overall", row -> number(row.alphaU().overall()), 90)));
        coding.setId("agreement-coding");
        coding.getColumns().setAll(List.of(
                column("Field", row -> row.field() + (row.category() == null ? " (document)" : " (" + row.category() + ")"), 240),
                column("Scale", AgreementReport.CodingAgreement::scale, 70),
                column("Items", row -> Integer.toString(row.measures().items()), 55),
                column("Agreement", row -> percent(row.measures().percentage()), 80),
                column("Cohen's \u03BA", row -> number(row.measures().cohenKappa()), 80),
                column("Fleiss' \u03BA", row -> number(row.measures().fleissKappa()), 80),
                column("Krippendorff's \u03B1", row -> number(alphaOf(row)), 110)));
        attribution.setId("agreement-attribution");
        attribution.getColumns().setAll(List.of(
                column("Coders", row -> row.coderA() + " \u2013 " + row.coderB(), 160),
                column("Made by the first", row -> Integer.toString(row.madeByA()), 110),
                column("by the second", row -> Integer.toString(row.madeByB()), 100),
                column("by both", row -> Integer.toString(row.both()), 70),
                column("Share", row -> percent(row.share()), 70),
                column("\u03B1U of contents", row -> number(row.alphaU()), 110)));
        TabPane tables = new TabPane(tab("Per category", byCategory), tab("Per article", byArticle),
                tab("Attributes and codes", coding), tab("Attributions", attribution));
        VBox.setVgrow(tables, Priority.ALWAYS);
        root.getChildren().addAll(query, message, tables);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("agreement-view");
        viewModel.report().addListener((observable, before, report) -> show(report));
    }

    public Node node() {
        return root;
    }

    private void measure() {
        viewModel.compute(new AgreementQuery(names(coders.getText()), names(categories.getText()), List.of()));
    }

    private static List<String> names(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The per-category table: one row per category and overall, a column for all the coders and one per pair. */
    private void show(AgreementReport report) {
        if (report == null) {
            return;
        }
        List<TableColumn<List<String>, String>> columns = new ArrayList<>();
        columns.add(listColumn("Category", 0, 160));
        columns.add(listColumn("All coders", 1, 90));
        for (int i = 0; i < report.pairs().size(); i++) {
            AgreementReport.PairAgreement pair = report.pairs().get(i);
            columns.add(listColumn(pair.coderA() + " \u2013 " + pair.coderB(), i + 2, 110));
        }
        byCategory.getColumns().setAll(columns);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("overall", report.pooled().alphaU().overall(), report.pairs().stream().map(pair -> pair.alphaU().overall()).toList()));
        for (String category : report.categories()) {
            rows.add(row(category, report.pooled().alphaU().categories().get(category),
                    report.pairs().stream().map(pair -> pair.alphaU().categories().get(category)).toList()));
        }
        byCategory.getItems().setAll(rows);
        byArticle.getItems().setAll(report.articles());
        coding.getItems().setAll(report.coding());
        attribution.getItems().setAll(report.attribution());
    }

    private static List<String> row(String name, Double all, List<Double> pairs) {
        List<String> row = new ArrayList<>();
        row.add(name);
        row.add(number(all));
        pairs.forEach(value -> row.add(number(value)));
        return row;
    }

    private static Double alphaOf(AgreementReport.CodingAgreement row) {
        return switch (row.scale()) {
            case "ordinal" -> row.measures().alphaOrdinal();
            case "interval" -> row.measures().alphaInterval();
            default -> row.measures().alphaNominal();
        };
    }

    private static String number(Double value) {
        return value == null || value.isNaN() ? "\u2014" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String percent(Double value) {
        return value == null || value.isNaN() ? "\u2014" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<List<String>, String> listColumn(String title, int index, double width) {
        TableColumn<List<String>, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(index < cell.getValue().size() ? cell.getValue().get(index) : ""));
        column.setPrefWidth(width);
        return column;
    }
}
