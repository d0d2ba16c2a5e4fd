package org.newsmark.ui.findings;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table whose columns sort on the rows' own values (not through cell properties, which costs a
 * property per comparison and a third of a second a click on a large table), with fixed row height.
 */
final class SortableTable<T> {

    private final TableView<T> table = new TableView<>();
    private final SortedList<T> rows;
    private final Map<TableColumn<T, ?>, Comparator<T>> orders = new HashMap<>();

    SortableTable(String id, SortedList<T> rows, String placeholder) {
        this.rows = rows;
        table.setId(id);
        table.setItems(rows);
        table.setFixedCellSize(26);
        table.setSortPolicy(view -> sort());
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    TableView<T> table() {
        return table;
    }

    SortableTable<T> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        orders.put(column, Comparator.comparing(value, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        table.getColumns().add(column);
        return this;
    }

    SortableTable<T> number(String title, double width, Function<T, Number> value) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.getStyleClass().add("number-column");
        orders.put(column, Comparator.comparingDouble(row -> value.apply(row).doubleValue()));
        table.getColumns().add(column);
        return this;
    }

    /** A share shown as a percentage with one decimal, sorted on its value. */
    SortableTable<T> percent(String title, double width, ToDoubleFunction<T> share) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                String.format(Locale.ROOT, "%.1f%%", 100 * share.applyAsDouble(cell.getValue()))));
        column.getStyleClass().add("number-column");
        orders.put(column, Comparator.comparingDouble(share));
        table.getColumns().add(column);
        return this;
    }

    private boolean sort() {
        Comparator<T> order = null;
        for (TableColumn<T, ?> column : table.getSortOrder()) {
            Comparator<T> byColumn = orders.get(column);
            if (byColumn != null) {
                byColumn = column.getSortType() == TableColumn.SortType.DESCENDING ? byColumn.reversed() : byColumn;
                order = order == null ? byColumn : order.thenComparing(byColumn);
            }
        }
        rows.setComparator(order);
        return true;
    }
}
