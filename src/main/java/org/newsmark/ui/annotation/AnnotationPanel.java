package org.newsmark.ui.annotation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.common.AfterFrame;

/**
 * The annotations of the current article, in text order, and the details of the selected one:
 * its category and note, both editable, and a Delete button. Choosing one here selects its text
 * in the article and scrolls to it.
 */
public final class AnnotationPanel {

    private final ArticleViewModel viewModel;
    private final VBox root = new VBox(8);
    private final TableView<Annotation> table = new TableView<>();
    private final ComboBox<Category> categoryBox = new ComboBox<>();
    private final TextArea noteArea = new TextArea();
    private final Button deleteButton = new Button("Delete");
    private final Label heading = new Label();
    private boolean syncing;
    private VirtualFlow<?> flow;
    /** The table's rows: the view model's annotations, one frame behind (see {@link #followAnnotations}). */
    private final ObservableList<Annotation> rows = FXCollections.observableArrayList();
    private final List<Consumer<ObservableList<Annotation>>> pendingRowChanges = new ArrayList<>();

    public AnnotationPanel(ArticleViewModel viewModel) {
        this.viewModel = viewModel;
        buildTable();
        buildDetails();
        root.getStyleClass().add("annotation-panel");
        root.setPadding(new Insets(8));
        heading.getStyleClass().add("panel-heading");
        rows.setAll(viewModel.annotations());
        viewModel.annotations().addListener(this::followAnnotations);
        rows.addListener((ListChangeListener<Annotation>) change -> heading.setText(headingText()));
        heading.setText(headingText());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(heading, table, details());
        viewModel.selectedProperty().addListener((observable, before, after) ->
                AfterFrame.run(table, () -> showSelected(before, after)));
        showSelected(null, viewModel.getSelected());
    }

    public Node node() {
        return root;
    }

    public TableView<Annotation> table() {
        return table;
    }

    /**
     * Replays the view model's list changes on the table's rows after the next frame. Laying out the
     * table costs about as much as restyling the text; deferring it keeps a new highlight within one
     * frame, and the list follows a frame later.
     */
    private void followAnnotations(ListChangeListener.Change<? extends Annotation> change) {
        boolean first = pendingRowChanges.isEmpty();
        while (change.next()) {
            int from = change.getFrom();
            boolean replacedWhole = change.getFrom() == 0 && change.getAddedSize() == change.getList().size();
            if (change.wasPermutated() || replacedWhole) {
                // A new article: the list as it is now is all the table needs.
                List<Annotation> all = List.copyOf(change.getList());
                pendingRowChanges.clear();
                pendingRowChanges.add(target -> target.setAll(all));
                break;
            }
            if (change.wasReplaced() && change.getRemovedSize() == change.getAddedSize()) {
                List<Annotation> replacements = List.copyOf(change.getAddedSubList());
                pendingRowChanges.add(target -> {
                    for (int i = 0; i < replacements.size(); i++) {
                        target.set(from + i, replacements.get(i));
                    }
                });
                continue;
            }
            if (change.wasRemoved()) {
                int count = change.getRemovedSize();
                pendingRowChanges.add(target -> target.subList(from, from + count).clear());
            }
            if (change.wasAdded()) {
                List<Annotation> added = List.copyOf(change.getAddedSubList());
                pendingRowChanges.add(target -> target.addAll(from, added));
            }
        }
        if (first) {
            AfterFrame.run(table, this::applyRowChanges);
        }
    }

    /** Applies the pending changes; the table's own selection moves as rows go, so it is set back after. */
    private void applyRowChanges() {
        List<Consumer<ObservableList<Annotation>>> changes = List.copyOf(pendingRowChanges);
        pendingRowChanges.clear();
        syncing = true;
        try {
            changes.forEach(apply -> apply.accept(rows));
            Annotation selected = viewModel.getSelected();
            if (selected == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != selected) {
                table.getSelectionModel().select(selected);
            }
        } finally {
            syncing = false;
        }
    }

    private String headingText() {
        int count = rows.size();
        return count == 0 ? "No annotations yet" : count == 1 ? "1 annotation" : count + " annotations";
    }

    private void buildTable() {
        table.setId("annotation-table");
        table.setItems(rows);
        table.setPlaceholder(new Label("Select text in the article\nand press a category key (1\u20134)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Annotation, Category> category = new TableColumn<>("Category");
        category.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(viewModel.category(cell.getValue().categoryId())));
        category.setCellFactory(column -> new CategoryCell());
        category.setPrefWidth(120);
        category.setMinWidth(112);
        category.setSortable(false);

        TableColumn<Annotation, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().text().replaceAll("\\s+", " ")));
        text.setPrefWidth(220);
        text.setSortable(false);

        TableColumn<Annotation, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().note().replaceAll("\\s+", " ")));
        note.setPrefWidth(120);
        note.setSortable(false);

        table.getColumns().addAll(List.of(category, text, note));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!syncing && after != null) {
                viewModel.selectedProperty().set(after);
            }
        });
        table.setRowFactory(view -> {
            TableRow<Annotation> row = new TableRow<>();
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
        menu.setOnShowing(event -> fillContextMenu(menu));
        table.setContextMenu(menu);
    }

    private void fillContextMenu(ContextMenu menu) {
        menu.getItems().clear();
        Annotation selected = viewModel.getSelected();
        Menu change = new Menu("Change category");
        for (Category category : viewModel.categories()) {
            MenuItem item = new MenuItem(category.name());
            item.setGraphic(swatch(category));
            item.setDisable(selected == null || selected.categoryId() == category.id());
            item.setOnAction(event -> viewModel.recategorise(viewModel.getSelected(), category));
            change.getItems().add(item);
        }
        MenuItem note = new MenuItem("Edit note");
        note.setOnAction(event -> noteArea.requestFocus());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(event -> viewModel.deleteSelected());
        change.setDisable(selected == null);
        note.setDisable(selected == null);
        delete.setDisable(selected == null);
        menu.getItems().addAll(change, note, delete);
    }

    private void buildDetails() {
        categoryBox.setId("annotation-category");
        categoryBox.setItems(viewModel.categories());
        categoryBox.setCellFactory(list -> new CategoryListCell());
        categoryBox.setButtonCell(new CategoryListCell());
        categoryBox.setMaxWidth(Double.MAX_VALUE);
        categoryBox.valueProperty().addListener((observable, before, after) -> {
            Annotation selected = viewModel.getSelected();
            if (!syncing && selected != null && after != null) {
                viewModel.recategorise(selected, after);
            }
        });
        noteArea.setId("annotation-note");
        noteArea.setPromptText("Note (saved when you leave the field; Ctrl+Enter saves now)");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(4);
        noteArea.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                saveNote(viewModel.getSelected());
            }
        });
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                saveNote(viewModel.getSelected());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                Annotation selected = viewModel.getSelected();
                noteArea.setText(selected == null ? "" : selected.note());
                event.consume();
            }
        });
        deleteButton.setId("annotation-delete");
        deleteButton.setOnAction(event -> viewModel.deleteSelected());
    }

    private Node details() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        Label categoryLabel = new Label("Category");
        Label noteLabel = new Label("Note");
        categoryLabel.setMinWidth(Region.USE_PREF_SIZE);
        noteLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(categoryLabel, 0, 0);
        grid.add(categoryBox, 1, 0);
        grid.add(noteLabel, 0, 1);
        grid.add(noteArea, 1, 1);
        HBox buttons = new HBox(deleteButton);
        grid.add(buttons, 1, 2);
        GridPane.setHgrow(categoryBox, Priority.ALWAYS);
        GridPane.setHgrow(noteArea, Priority.ALWAYS);
        grid.getStyleClass().add("annotation-details");
        return grid;
    }

    /** Scrolls the table only when the row is not already in sight: scrolling costs a layout pass. */
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

    private void saveNote(Annotation annotation) {
        if (annotation != null && viewModel.annotations().contains(annotation)) {
            viewModel.editNote(annotation, noteArea.getText());
        }
    }

    private void showSelected(Annotation before, Annotation after) {
        if (before != null && after != null && !before.id().equals(after.id()) && noteArea.isFocused()) {
            saveNote(before);
        }
        syncing = true;
        try {
            if (after == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(after);
                scrollIntoView(table.getSelectionModel().getSelectedIndex());
            }
            categoryBox.setValue(after == null ? null : viewModel.category(after.categoryId()));
            String note = after == null ? "" : after.note();
            boolean otherAnnotation = after == null || before == null || !before.id().equals(after.id());
            if ((!noteArea.isFocused() || otherAnnotation) && !noteArea.getText().equals(note)) {
                noteArea.setText(note);
            }
        } finally {
            syncing = false;
        }
        boolean none = after == null;
        categoryBox.setDisable(none);
        noteArea.setDisable(none);
        deleteButton.setDisable(none);
    }

    static Rectangle swatch(Category category) {
        Rectangle swatch = new Rectangle(12, 12, Color.web(category.color()));
        swatch.getStyleClass().add("category-swatch");
        return swatch;
    }

    /** Keeps one swatch per cell and recolours it: cells are updated on every change to the list. */
    private static final class CategoryCell extends TableCell<Annotation, Category> {
        private final Rectangle swatch = new Rectangle(12, 12);

        CategoryCell() {
            swatch.getStyleClass().add("category-swatch");
        }

        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            boolean blank = empty || category == null;
            setText(blank ? null : category.name());
            if (!blank) {
                swatch.setFill(Color.web(category.color()));
            }
            setGraphic(blank ? null : swatch);
        }
    }

    private static final class CategoryListCell extends ListCell<Category> {
        private final Rectangle swatch = new Rectangle(12, 12);

        CategoryListCell() {
            swatch.getStyleClass().add("category-swatch");
        }

        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            boolean blank = empty || category == null;
            setText(blank ? null : category.name() + (category.shortcut() == null ? "" : "  (" + category.shortcut() + ")"));
            if (!blank) {
                swatch.setFill(Color.web(category.color()));
            }
            setGraphic(blank ? null : swatch);
        }
    }
}
