package org.newsmark.ui.corpus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.model.ArticleDetails;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusRow;

/**
 * The corpus as a table: sortable by any column, filtered by the bar above it, details edited in
 * place (double-click a title, outlet, date, byline or address; Enter saves, Escape does not).
 * Double-click elsewhere in a row, or Enter, opens the article.
 */
public final class CorpusTable {

    private final CorpusViewModel viewModel;
    private final TableView<CorpusRow> table = new TableView<>();
    private final VBox box;
    private final Map<TableColumn<CorpusRow, ?>, Comparator<CorpusRow>> orders = new HashMap<>();

    public CorpusTable(CorpusViewModel viewModel, ReadOnlyObjectProperty<Codebook> codebook) {
        this.viewModel = viewModel;
        table.setId("corpus-table");
        table.setEditable(true);
        table.setItems(viewModel.rows());
        // One row height for all: the table then places rows without measuring each one it shows.
        table.setFixedCellSize(26);
        table.setSortPolicy(view -> sort());
        table.setPlaceholder(new Label("No articles match: clear the filters, or import articles (File \u25B8 Import)."));
        table.setRowFactory(view -> row());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getEditingCell() == null && selected() != null) {
                viewModel.open(selected());
                event.consume();
            }
        });
        columns(codebook.get());
        codebook.addListener((observable, before, after) -> columns(after));

        Label status = new Label();
        status.setId("corpus-status");
        status.textProperty().bind(viewModel.statusProperty());
        box = new VBox(6, new CorpusFilterBar(viewModel, codebook).node(), table, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("corpus-view");
    }

    public Node node() {
        return box;
    }

    public TableView<CorpusRow> table() {
        return table;
    }

    private CorpusRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private TableRow<CorpusRow> row() {
        TableRow<CorpusRow> row = new TableRow<>();
        MenuItem open = new MenuItem("Open Article");
        open.setOnAction(event -> viewModel.open(row.getItem()));
        ContextMenu menu = new ContextMenu(open);
        row.emptyProperty().addListener((observable, wasEmpty, empty) -> row.setContextMenu(empty ? null : menu));
        row.setOnMouseClicked(event -> {
            boolean onEditable = event.getTarget() instanceof Node target && editableCellOf(target);
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty() && !onEditable) {
                viewModel.open(row.getItem());
            }
        });
        return row;
    }

    private static boolean editableCellOf(Node target) {
        for (Node node = target; node != null; node = node.getParent()) {
            if (node instanceof TextFieldTableCell<?, ?>) {
                return true;
            }
        }
        return false;
    }

    /** Columns for the details, then one count per top-level category, then one per document field. */
    private void columns(Codebook codebook) {
        table.getColumns().clear();
        orders.clear();
        table.getColumns().add(number("#", 60, CorpusRow::id));
        table.getColumns().add(editable("Title", 360, ArticleDetails::title,
                (d, v) -> new ArticleDetails(v, d.source(), d.byline(), d.published(), d.url())));
        table.getColumns().add(editable("Outlet", 120, ArticleDetails::source,
                (d, v) -> new ArticleDetails(d.title(), v, d.byline(), d.published(), d.url())));
        table.getColumns().add(editable("Date", 100, ArticleDetails::published,
                (d, v) -> new ArticleDetails(d.title(), d.source(), d.byline(), v, d.url())));
        table.getColumns().add(editable("Byline", 140, ArticleDetails::byline,
                (d, v) -> new ArticleDetails(d.title(), d.source(), v, d.published(), d.url())));
        table.getColumns().add(number("Annotations", 90, CorpusRow::annotations));
        if (codebook != null) {
            for (Category category : codebook.topLevel()) {
                TableColumn<CorpusRow, Number> column = number(category.name(), 80, row -> row.count(category.id()));
                column.setStyle("-fx-border-color: transparent transparent " + category.color() + " transparent;");
                table.getColumns().add(column);
            }
            for (AttributeDefinition field : codebook.documentFields()) {
                table.getColumns().add(text(field.name(), 110, row -> row.codes().get(field.id())));
            }
        }
        table.getColumns().add(editable("Address", 200, ArticleDetails::url,
                (d, v) -> new ArticleDetails(d.title(), d.source(), d.byline(), d.published(), v)));
        table.getColumns().add(text("Imported", 150, CorpusRow::importedAt));
    }

    private TableColumn<CorpusRow, String> editable(String title, double width, Function<ArticleDetails, String> value,
            BiFunction<ArticleDetails, String, ArticleDetails> with) {
        TableColumn<CorpusRow, String> column = text(title, width, row -> value.apply(row.details()));
        column.setEditable(true);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> viewModel.edit(event.getRowValue(), with.apply(event.getRowValue().details(),
                event.getNewValue())));
        return column;
    }

    private TableColumn<CorpusRow, String> text(String title, double width, Function<CorpusRow, String> value) {
        TableColumn<CorpusRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        orders.put(column, Comparator.comparing(value, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return column;
    }

    private TableColumn<CorpusRow, Number> number(String title, double width, Function<CorpusRow, Number> value) {
        TableColumn<CorpusRow, Number> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.getStyleClass().add("number-column");
        orders.put(column, Comparator.comparingLong(row -> value.apply(row).longValue()));
        return column;
    }

    /**
     * Sorts by the columns' own orders on the rows' values. The table's way compares through each
     * column's cell value, making a property for every comparison: a third of a second a click at
     * 100,000 rows.
     */
    private boolean sort() {
        Comparator<CorpusRow> order = null;
        for (TableColumn<CorpusRow, ?> column : table.getSortOrder()) {
            Comparator<CorpusRow> byColumn = orders.get(column);
            if (byColumn != null) {
                byColumn = column.getSortType() == TableColumn.SortType.DESCENDING ? byColumn.reversed() : byColumn;
                order = order == null ? byColumn : order.thenComparing(byColumn);
            }
        }
        viewModel.rows().setComparator(order);
        return true;
    }
}
