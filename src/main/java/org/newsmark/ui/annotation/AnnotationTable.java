package org.newsmark.ui.annotation;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.common.FrameDelayedList;

/**
 * The current article's annotations in text order: category, text, note. Choosing a row selects
 * the annotation; Delete and the context menu act on it. The rows follow the view model a frame
 * later ({@link FrameDelayedList}), so a new highlight is never held up by the table's layout.
 */
final class AnnotationTable {

    private final ArticleViewModel viewModel;
    private final TableView<Annotation> table = new TableView<>();
    private final FrameDelayedList<Annotation> rows;
    private boolean syncing;
    private VirtualFlow<?> flow;

    AnnotationTable(ArticleViewModel viewModel, Runnable editNote) {
        this.viewModel = viewModel;
        this.rows = new FrameDelayedList<>(viewModel.annotations(), table);
        rows.setAfterChanges(() -> show(viewModel.getSelected()));
        table.setId("annotation-table");
        table.setItems(rows.items());
        table.setPlaceholder(new Label("Select text in the article\nand press a category key."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(categoryColumn(), textColumn("Text", 220, false), textColumn("Note", 120, true)));
        table.getColumns().add(1, coderColumn());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            // Rows going or coming move the table's selection; only a person's choice selects.
            if (!syncing && !rows.isApplying() && after != null) {
                viewModel.selectedProperty().set(after);
            }
        });
        table.setRowFactory(view -> {
            TableRow<Annotation> row = new TableRow<>();
            // Choosing the selected row again scrolls the article back to it.
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && row.getItem().equals(viewModel.getSelected())) {
                    viewModel.selectedProperty().set(null);
                    viewModel.selectedProperty().set(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.deleteSelected();
                event.consume();
            }
        });
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(event -> fillContextMenu(menu, editNote));
        table.setContextMenu(menu);
    }

    TableView<Annotation> node() {
        return table;
    }

    ObservableList<Annotation> rows() {
        return rows.items();
    }

    /** Whose annotation it is: shown where the article holds another coder's work besides the own. */
    private TableColumn<Annotation, String> coderColumn() {
        TableColumn<Annotation, String> column = new TableColumn<>("Coder");
        column.setId("coder-column");
        column.setPrefWidth(70);
        column.setMinWidth(62);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(cell.getValue().annotator()));
        Runnable update = () -> column.setVisible(viewModel.coderLanes().hasOthers());
        viewModel.coderLanes().coders().addListener((javafx.collections.ListChangeListener<String>) change -> update.run());
        update.run();
        return column;
    }

    private TableColumn<Annotation, Category> categoryColumn() {
        TableColumn<Annotation, Category> column = new TableColumn<>("Category");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(viewModel.category(cell.getValue().categoryId())));
        column.setCellFactory(view -> new CategoryCells.InTable());
        column.setPrefWidth(120);
        column.setMinWidth(112);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<Annotation, String> textColumn(String title, double width, boolean note) {
        TableColumn<Annotation, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                (note ? cell.getValue().note() : cell.getValue().text()).replaceAll("\\s+", " ")));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Selects the annotation's row (without echoing the choice back) and scrolls to it if needed. */
    void show(Annotation annotation) {
        syncing = true;
        try {
            if (annotation == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != annotation) {
                table.getSelectionModel().select(annotation);
                scrollIntoView(table.getSelectionModel().getSelectedIndex());
            }
        } finally {
            syncing = false;
        }
    }

    /** Scrolls only when the row is out of sight: scrolling costs a layout pass of the table. */
    private void scrollIntoView(int index) {
        if (index < 0) {
            return;
        }
        if (flow == null && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found;
        }
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            table.scrollTo(index);
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        boolean allRowsFit = first == 0 && last >= table.getItems().size() - 2;
        if (!allRowsFit && (index <= first || index >= last)) {
            table.scrollTo(index);
        }
    }

    private void fillContextMenu(ContextMenu menu, Runnable editNote) {
        menu.getItems().clear();
        Annotation selected = viewModel.getSelected();
        Menu change = new Menu("Change category");
        for (Category category : viewModel.categories()) {
            MenuItem item = new MenuItem(category.name());
            item.setGraphic(CategoryCells.swatch(category));
            item.setDisable(selected == null || selected.categoryId() == category.id());
            item.setOnAction(event -> viewModel.recategorise(viewModel.getSelected(), category));
            change.getItems().add(item);
        }
        MenuItem note = new MenuItem("Edit note");
        note.setOnAction(event -> editNote.run());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(event -> viewModel.deleteSelected());
        change.setDisable(selected == null);
        note.setDisable(selected == null);
        delete.setDisable(selected == null);
        menu.getItems().addAll(change, note, delete);
    }
}
