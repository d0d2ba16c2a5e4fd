package org.newsmark.ui.speakers;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.model.Person;
import org.newsmark.store.ProjectStore.SpeakerSummary;

/**
 * The speaker registry beside the article list: everyone the project gives a voice, with how often
 * they are mentioned and what is attributed to them. Names and details are edited in place;
 * double-click lists a person's mentions.
 */
public final class SpeakersPanel {

    private final SpeakersViewModel viewModel;
    private final VBox root = new VBox(6);
    private final TableView<SpeakerSummary> table = new TableView<>();

    /** @param openMentions shows a person's mentions (a dialog that can open each in its article) */
    public SpeakersPanel(SpeakersViewModel viewModel, java.util.function.Consumer<Person> openMentions) {
        this.viewModel = viewModel;
        table.setId("speakers-table");
        table.setItems(viewModel.summaries());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No speakers yet.\nTag a speaker (1), then choose\nor add the person in the panel."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn("Name", 130, Person::name, (person, name) -> viewModel.edit(person, name,
                person.type(), person.role(), person.affiliation())));
        table.getColumns().add(textColumn("Type", 80, Person::type, (person, type) -> viewModel.edit(person, person.name(),
                type, person.role(), person.affiliation())));
        table.getColumns().add(textColumn("Role", 120, Person::role, (person, role) -> viewModel.edit(person, person.name(),
                person.type(), role, person.affiliation())));
        table.getColumns().add(textColumn("Affiliation", 110, Person::affiliation, (person, affiliation) ->
                viewModel.edit(person, person.name(), person.type(), person.role(), affiliation)));
        TableColumn<SpeakerSummary, Number> mentions = new TableColumn<>("Mentions");
        mentions.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().mentions()));
        mentions.setPrefWidth(70);
        TableColumn<SpeakerSummary, String> attributed = new TableColumn<>("Quotes and claims");
        attributed.setCellValueFactory(cell -> new ReadOnlyStringWrapper(describe(cell.getValue().attributed())));
        attributed.setPrefWidth(130);
        TableColumn<SpeakerSummary, Number> articles = new TableColumn<>("Articles");
        articles.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().articles().size()));
        articles.setPrefWidth(60);
        table.getColumns().addAll(java.util.List.of(mentions, attributed, articles));
        table.setRowFactory(view -> {
            TableRow<SpeakerSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && table.getEditingCell() == null) {
                    openMentions.accept(row.getItem().person());
                }
            });
            return row;
        });

        Button merge = new Button("Merge");
        merge.setId("speakers-merge");
        merge.setTooltip(new Tooltip("Select two people (Ctrl+click): the second's mentions become the first's."));
        merge.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        merge.setOnAction(event -> {
            var chosen = table.getSelectionModel().getSelectedItems();
            viewModel.merge(chosen.get(0).person(), chosen.get(1).person());
        });
        Button refresh = new Button("Count again");
        refresh.setOnAction(event -> viewModel.refreshSummaries());
        Label hint = new Label("Double-click a person for their mentions.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox buttons = new HBox(6, merge, refresh);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(table, buttons, hint);
        root.setPadding(new Insets(6));
    }

    public Node node() {
        return root;
    }

    /** Counts again (when the panel comes into view). */
    public void refresh() {
        viewModel.refreshSummaries();
    }

    private TableColumn<SpeakerSummary, String> textColumn(String title, double width,
            java.util.function.Function<Person, String> value, java.util.function.BiConsumer<Person, String> edit) {
        TableColumn<SpeakerSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().person())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> edit.accept(event.getRowValue().person(), event.getNewValue()));
        column.setPrefWidth(width);
        return column;
    }

    private static String describe(Map<String, Integer> attributed) {
        return attributed.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }
}
