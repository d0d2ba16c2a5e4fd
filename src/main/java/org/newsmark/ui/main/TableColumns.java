package org.newsmark.ui.main;

import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.newsmark.ui.look.LookSettings;

/** Remembers the widths the person gave the columns of a view's tables, by view, table and column title. */
final class TableColumns {

    private TableColumns() {
    }

    static void remember(LookSettings settings, String view, Node node) {
        for (Node found : node.lookupAll(".table-view")) {
            if (found instanceof TableView<?> table) {
                String tableKey = "columns." + view + "." + (table.getId() == null ? "table" : table.getId());
                table.getColumns().forEach(column -> remember(settings, tableKey, column));
            }
        }
    }

    private static void remember(LookSettings settings, String tableKey, TableColumn<?, ?> column) {
        String title = column.getText() == null || column.getText().isBlank() ? column.getId() : column.getText();
        if (title == null) {
            return;
        }
        String key = tableKey + "." + title.replaceAll("[^\\p{L}\\p{N}]+", "_");
        double saved = settings.number(key, -1);
        if (saved > 0) {
            column.setPrefWidth(saved);
        }
        // The width the column has once shown (dragged by the person, or as the table laid it out) is its width next time.
        column.widthProperty().addListener((observable, before, width) -> {
            if (column.getTableView() != null && column.getTableView().getScene() != null && width.doubleValue() > 0) {
                settings.setNumber(key, Math.round(width.doubleValue()));
                settings.saveSoon();
            }
        });
    }
}
