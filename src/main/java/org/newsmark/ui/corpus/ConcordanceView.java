package org.newsmark.ui.corpus;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Concordance;
import org.newsmark.model.ConcordanceQuery;
import org.newsmark.model.Person;

/**
 * The Concordance tab: a category's annotations across the corpus, keyword in context, with the
 * span lined up in the middle. Sorting the left context sorts by the words nearest the span, as
 * concordancers do. Double-click or Enter opens the article at the annotation.
 */
public final class ConcordanceView {

    private final ConcordanceViewModel viewModel;
    private final ReadOnlyObjectProperty<Codebook> codebook;
    private final ComboBox<Category> category = new ComboBox<>();
    private final ComboBox<AttributeDefinition> attribute = new ComboBox<>();
    private final TextField value = new TextField();
    private final ComboBox<Person> person = new ComboBox<>();
    private final ComboBox<String> outlet = new ComboBox<>();
    private final TableView<Concordance.Line> table = new TableView<>();
    private final VBox box;

    public ConcordanceView(ConcordanceViewModel viewModel, ReadOnlyObjectProperty<Codebook> codebook) {
        this.viewModel = viewModel;
        this.codebook = codebook;
        category.setId("concordance-category");
        category.setPromptText("Category");
        category.setConverter(converter(c -> c == null ? "" : codebook.get().pathName(c)));
        attribute.setId("concordance-attribute");
        attribute.setConverter(converter(a -> a == null ? "Any attribute" : a.name()));
        value.setId("concordance-value");
        value.setPromptText("has any value");
        value.setPrefWidth(120);
        person.setId("concordance-person");
        person.setTooltip(new javafx.scene.control.Tooltip("A person's mentions, and the quotes and claims attributed to them"));
        person.setConverter(converter(p -> p == null ? "Anyone" : p.name()));
        outlet.setId("concordance-outlet");
        outlet.setConverter(converter(o -> o == null ? "Any outlet" : o));
        fillCategories(codebook.get());
        codebook.addListener((observable, before, after) -> fillCategories(after));
        category.valueProperty().addListener((observable, before, chosen) -> fillAttributes(chosen));
        viewModel.people().addListener((javafx.collections.ListChangeListener<Person>) change -> withNone(person, viewModel.people()));
        viewModel.outlets().addListener((javafx.collections.ListChangeListener<String>) change -> withNone(outlet, viewModel.outlets()));
        Button show = new Button("Show");
        show.setId("concordance-show");
        show.setDefaultButton(false);
        show.disableProperty().bind(category.valueProperty().isNull());
        show.setOnAction(event -> show());
        value.setOnAction(event -> show());
        FlowPane query = new FlowPane(8, 6, new Label("Annotations of"), category, attribute, value, new Label("by"), person,
                new Label("in"), outlet, show);
        query.setAlignment(Pos.CENTER_LEFT);

        table.setId("concordance-table");
        table.setItems(viewModel.lines());
        table.setPlaceholder(new Label("Choose a category and press Show to list its annotations in context."));
        // Context and span first, as in every keyword-in-context list: the eye runs down the spans.
        TableColumn<Concordance.Line, String> left = column("Before", 250, Concordance.Line::left, "concordance-left");
        left.setComparator(Comparator.comparing(ConcordanceView::reversedWords, String.CASE_INSENSITIVE_ORDER));
        table.getColumns().add(left);
        table.getColumns().add(column("Annotation", 200, line -> line.annotation().text(), "concordance-span"));
        table.getColumns().add(column("After", 250, Concordance.Line::right, "concordance-right"));
        table.getColumns().add(column("Article", 200, Concordance.Line::articleTitle, null));
        table.getColumns().add(column("Outlet", 110, Concordance.Line::source, null));
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<Concordance.Line> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            Concordance.Line line = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && line != null) {
                viewModel.open(line);
            }
        });
        Label status = new Label();
        status.setId("concordance-status");
        status.textProperty().bind(viewModel.statusProperty());
        box = new VBox(6, query, table, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("concordance-view");
    }

    public Node node() {
        return box;
    }

    private void show() {
        Category chosen = category.getValue();
        if (chosen == null) {
            return;
        }
        AttributeDefinition withAttribute = attribute.getValue();
        viewModel.show(new ConcordanceQuery(chosen.id(), withAttribute == null ? null : withAttribute.id(),
                withAttribute == null ? null : value.getText(), person.getValue() == null ? null : person.getValue().id(),
                outlet.getValue()));
    }

    private void fillCategories(Codebook current) {
        Category chosen = category.getValue();
        category.getItems().setAll(current == null ? List.of() : current.categories());
        if (chosen != null && current != null) {
            category.setValue(current.category(chosen.id()).orElse(null));
        }
    }

    private void fillAttributes(Category chosen) {
        attribute.getItems().setAll((AttributeDefinition) null);
        if (chosen != null) {
            attribute.getItems().addAll(codebook.get().attributesOf(chosen));
        }
        attribute.setValue(null);
    }

    private static <T> void withNone(ComboBox<T> box, List<T> items) {
        T chosen = box.getValue();
        box.getItems().setAll((T) null);
        box.getItems().addAll(items);
        box.setValue(items.contains(chosen) ? chosen : null);
    }

    /** "the outage began" sorts by "began outage the": the word next to the span first. */
    static String reversedWords(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder reversed = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) {
            reversed.append(words[i]).append(' ');
        }
        return reversed.toString();
    }

    private static TableColumn<Concordance.Line, String> column(String title, double width,
            Function<Concordance.Line, String> text, String styleClass) {
        TableColumn<Concordance.Line, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        if (styleClass != null) {
            column.getStyleClass().add(styleClass);
            // The words next to the span matter most: a long left context is cut at its start, not its end.
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTextOverrun("concordance-left".equals(styleClass) ? OverrunStyle.LEADING_ELLIPSIS : OverrunStyle.ELLIPSIS);
                }
            });
        }
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return text.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
