package org.newsmark.ui.findings;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.analysis.ClaimRow;
import org.newsmark.analysis.VoiceRow;
import org.newsmark.analysis.VoiceRow.Level;

/**
 * Who gets a voice: the sortable table of one outlet's speakers (or speaker types), the quotes of the
 * chosen row below it (double-click or Enter opens the article at the quote), and the chart of speaker
 * types' shares per outlet beside it.
 */
final class VoicesView {

    private final VoicesViewModel viewModel;
    private final VBox box;
    private final XYChart<String, Number> chart = Charts.create(Charts.Kind.STACKED_BARS, "voices-chart");
    private final SortableTable<VoiceRow> table;
    private final ListView<ClaimRow> quotes = new ListView<>();

    VoicesView(VoicesViewModel viewModel) {
        this.viewModel = viewModel;
        table = new SortableTable<>("voices-table", viewModel.rows(),
                "No quotes in the scope yet: select a claim or quote in an article, press A and click its speaker.")
                .text("Speaker", 200, row -> row.level() == Level.SPEAKER ? row.speaker() : row.speakerType())
                .text("Type", 120, VoiceRow::speakerType)
                .number("Quotes", 70, VoiceRow::quotes)
                .number("Words", 70, VoiceRow::quotedWords)
                .percent("Share", 70, VoiceRow::shareOfQuotes)
                .number("Articles", 70, VoiceRow::articles)
                .number("First voice", 85, VoiceRow::firstVoiceArticles)
                .number("Direct", 65, VoiceRow::direct)
                .number("Indirect", 70, VoiceRow::indirect);
        table.table().getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selectedProperty().set(after);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after != null && table.table().getSelectionModel().getSelectedItem() != after) {
                table.table().getSelectionModel().select(after);
            }
        });

        quotes.setId("voices-quotes");
        quotes.setItems(viewModel.quotes());
        quotes.setPlaceholder(new Label("Choose a row to see its quotes."));
        quotes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimRow quote, boolean empty) {
                super.updateItem(quote, empty);
                setText(empty || quote == null ? null : quote.text() + "  \u2014 " + quote.speaker() + ", "
                        + quote.title() + (quote.outlet() == null ? "" : " (" + quote.outlet() + ")"));
            }
        });
        quotes.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && quotes.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(quotes.getSelectionModel().getSelectedItem());
            }
        });
        quotes.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && quotes.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(quotes.getSelectionModel().getSelectedItem());
            }
        });

        ComboBox<OutletChoice> outlet = new ComboBox<>(viewModel.outlets());
        outlet.setId("voices-outlet");
        Choices.bind(outlet, viewModel.outletProperty());
        ToggleGroup levels = new ToggleGroup();
        ToggleButton speakers = toggle("Speakers", "voices-speakers", levels, Level.SPEAKER);
        ToggleButton types = toggle("Speaker types", "voices-types", levels, Level.SPEAKER_TYPE);
        levels.selectToggle(speakers);
        levels.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                levels.selectToggle(before);
            } else {
                viewModel.levelProperty().set((Level) after.getUserData());
            }
        });
        Button exportTable = new Button("Export Table as CSV\u2026");
        exportTable.setId("voices-export-csv");
        exportTable.setOnAction(event -> SaveDialogs.csv(exportTable.getScene().getWindow(), "Export the Voices table", "voices.csv")
                .ifPresent(target -> viewModel.exportCsv(target.file(), target.forExcel())));
        Button savePicture = new Button("Save Chart as PNG\u2026");
        savePicture.setId("voices-export-png");
        savePicture.setOnAction(event -> FindingsView.saveChart(savePicture, viewModel.findings(), Charts.Kind.STACKED_BARS,
                viewModel.chartProperty().get(), "voices.png"));
        Label shown = new Label();
        shown.setId("voices-shown");
        shown.getStyleClass().add("findings-hint");
        shown.textProperty().bind(viewModel.shownProperty());
        FlowPane bar = new FlowPane(8, 6, new Label("Outlet"), outlet, speakers, types, exportTable, savePicture, shown);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label quotesHeading = new Label("Quotes of the chosen row (double-click one to open it)");
        quotesHeading.getStyleClass().add("panel-heading");
        VBox quotesBox = new VBox(4, quotesHeading, quotes);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        SplitPane quotesAndChart = new SplitPane(quotesBox, chart);
        quotesAndChart.setDividerPositions(0.45);
        SplitPane tableAndRest = new SplitPane(table.table(), quotesAndChart);
        tableAndRest.setOrientation(Orientation.VERTICAL);
        tableAndRest.setDividerPositions(0.45);
        box = new VBox(6, bar, tableAndRest);
        VBox.setVgrow(tableAndRest, Priority.ALWAYS);
        box.getStyleClass().add("findings-pane");

        Charts.show(chart, viewModel.chartProperty().get());
        viewModel.chartProperty().addListener((observable, before, after) -> Charts.show(chart, after));
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group, Level level) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(level);
        return button;
    }

    Node node() {
        return box;
    }

    javafx.scene.control.TableView<VoiceRow> table() {
        return table.table();
    }
}
