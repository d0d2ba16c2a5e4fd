package org.newsmark.ui.annotation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.ui.article.ArticleViewModel;

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

    public AnnotationPanel(ArticleViewModel viewModel) {
        this.viewModel = viewModel;
        buildTable();
        buildDetails();
        root.getStyleClass().add("annotation-panel");
        root.setPadding(new Insets(8));
        heading.getStyleClass().add("panel-heading");
        viewModel.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) change ->
                heading.setText(headingText()));
        heading.setText(headingText());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(heading, table, details());
        viewModel.selectedProperty().addListener((observable, before, after) -> showSelected(before, after));
        showSelected(null, viewModel.getSelected());
    }

    public Node node() {
        return root;
    }

    public TableView<Annotation> table() {
        return table;
    }

    private String headingText() {
        int count = viewModel.annotations().size();
        return count == 0 ? "No annotations yet" : count == 1 ? "1 annotation" : count + " annotations";
    }

    private void buildTable() {
        table.setId("annotation-table");
        table.setItems(viewModel.annotations());
        table.setPlaceholder(new Label("Select text in the article\nand press a category key (1\u20134)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Annotation, Category> category = new TableColumn<>("Category");
        category.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(viewModel.category(cell.getValue().categoryId())));
        category.setCellFactory(column -> new CategoryCell());
        category.setPrefWidth(120);
        category.setSortable(false);

        TableColumn<Annotation, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().text().replaceAll("\\s+", " ")));
        text.setPrefWidth(220);
        text.setSortable(false);

        TableColumn<Annotation, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().note().replaceAll("\\s+", " ")));
        note.setPrefWidth(120);
        note.setSortable(false);

        table.getColumns().addAll(java.util.List.of(category, text, note));
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
                table.scrollTo(after);
            }
            categoryBox.setValue(after == null ? null : viewModel.category(after.categoryId()));
            if (!noteArea.isFocused() || after == null || before == null || !before.id().equals(after.id())) {
                noteArea.setText(after == null ? "" : after.note());
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

    private static final class CategoryCell extends TableCell<Annotation, Category> {
        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            setText(empty || category == null ? null : category.name());
            setGraphic(empty || category == null ? null : swatch(category));
        }
    }

    private static final class CategoryListCell extends ListCell<Category> {
        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            setText(empty || category == null ? null : category.name()
                    + (category.shortcut() == null ? "" : "  (" + category.shortcut() + ")"));
            setGraphic(empty || category == null ? null : swatch(category));
        }
    }
}
