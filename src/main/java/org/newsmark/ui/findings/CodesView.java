package org.newsmark.ui.findings;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.analysis.CodeRow;

/**
 * Codes and frames: the counts of the categories (or of one document field's values) for an outlet
 * and a month, their shares per outlet as stacked bars, and over the months as lines.
 */
final class CodesView {

    private final CodesViewModel viewModel;
    private final VBox pane;
    private final XYChart<String, Number> byOutlet = Charts.create(Charts.Kind.STACKED_BARS, "codes-by-outlet-chart");
    private final XYChart<String, Number> overTime = Charts.create(Charts.Kind.LINES, "codes-over-time-chart");

    CodesView(CodesViewModel viewModel) {
        this.viewModel = viewModel;
        SortableTable<CodeRow> table = new SortableTable<>("codes-table", viewModel.rows(),
                "Nothing coded in the scope yet.")
                .text("Code", 230, CodeRow::code)
                .text("Value", 130, CodeRow::value)
                .text("Parent", 110, CodeRow::parent)
                .number("Count", 70, CodeRow::count)
                .percent("Share", 70, CodeRow::share)
                .number("Articles", 70, CodeRow::articles);
        ComboBox<CodesViewModel.What> what = new ComboBox<>(viewModel.whats());
        what.setId("codes-what");
        Choices.bind(what, viewModel.whatProperty());
        ComboBox<OutletChoice> outlet = new ComboBox<>(viewModel.outlets());
        outlet.setId("codes-outlet");
        Choices.bind(outlet, viewModel.outletProperty());
        ComboBox<CodesViewModel.MonthChoice> month = new ComboBox<>(viewModel.months());
        month.setId("codes-month");
        Choices.bind(month, viewModel.monthProperty());
        Button export = new Button("Export Table as CSV\u2026");
        export.setId("codes-export-csv");
        export.setOnAction(event -> SaveDialogs.csv(export.getScene().getWindow(), "Export the Codes table", "codes.csv")
                .ifPresent(target -> viewModel.exportCsv(target.file(), target.forExcel())));
        Button outletPicture = new Button("Save Outlet Chart as PNG\u2026");
        outletPicture.setOnAction(event -> FindingsView.saveChart(outletPicture, viewModel.findings(), Charts.Kind.STACKED_BARS,
                viewModel.byOutletProperty().get(), "codes-by-outlet.png"));
        Button timePicture = new Button("Save Time Chart as PNG\u2026");
        timePicture.setOnAction(event -> FindingsView.saveChart(timePicture, viewModel.findings(), Charts.Kind.LINES,
                viewModel.overTimeProperty().get(), "codes-over-time.png"));
        FlowPane bar = new FlowPane(8, 6, new Label("Count"), what, new Label("Outlet"), outlet, new Label("Month"), month,
                export, outletPicture, timePicture);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label perArticle = new Label("Each article's codes and counts: the corpus table (Ctrl+2).");
        perArticle.getStyleClass().add("findings-hint");
        SplitPane charts = new SplitPane(byOutlet, overTime);
        SplitPane tableAndCharts = new SplitPane(table.table(), charts);
        tableAndCharts.setOrientation(Orientation.VERTICAL);
        tableAndCharts.setDividerPositions(0.4);
        pane = new VBox(6, bar, tableAndCharts, perArticle);
        VBox.setVgrow(tableAndCharts, Priority.ALWAYS);
        pane.getStyleClass().add("findings-pane");

        Charts.show(byOutlet, viewModel.byOutletProperty().get());
        Charts.show(overTime, viewModel.overTimeProperty().get());
        viewModel.byOutletProperty().addListener((observable, before, after) -> Charts.show(byOutlet, after));
        viewModel.overTimeProperty().addListener((observable, before, after) -> Charts.show(overTime, after));
    }

    Node node() {
        return pane;
    }
}
