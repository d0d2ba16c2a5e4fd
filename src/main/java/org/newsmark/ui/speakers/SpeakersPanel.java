package org.newsmark.ui.speakers;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
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
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsmark.model.Person;
import org.newsmark.model.SpeakerSummary;

/**
 * The speaker registry beside the article list: everyone the project gives a voice, with how often
 * they are mentioned, what is attributed to them and in how many articles; the selected person's
 * details below, edited in place. Double-click lists a person's mentions.
 */
public final class SpeakersPanel {

    private final SpeakersViewModel viewModel;
    private final VBox root = new VBox(6);
    private final TableView<SpeakerSummary> table = new TableView<>();
    private final TextField name = field("person-name");
    private final TextField type = field("person-type");
    private final TextField role = field("person-role");
    private final TextField affiliation = field("person-affiliation");
    private final GridPane details = new GridPane();
    private Person shown;

    /** @param openMentions shows a person's mentions (a dialog that can open each in its article) */
    public SpeakersPanel(SpeakersViewModel viewModel, Consumer<Person> openMentions) {
        this.viewModel = viewModel;
        table.setId("speakers-table");
        table.setItems(viewModel.summaries());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No speakers yet.\nTag a speaker (1), then choose\nor add the person in the panel."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SpeakerSummary, String> names = new TableColumn<>("Name");
        names.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().person().name()));
        names.setPrefWidth(150);
        table.getColumns().add(names);
        table.getColumns().add(count("Said", "Mentions of the person", summary -> summary.mentions()));
        table.getColumns().add(count("Q/C", "Quotes and claims attributed to them", summary ->
                summary.attributed().values().stream().mapToInt(Integer::intValue).sum()));
        table.getColumns().add(count("Art.", "Articles they appear in", summary -> summary.articles().size()));
        table.setRowFactory(view -> {
            TableRow<SpeakerSummary> row = new TableRow<>();
            row.itemProperty().addListener((observable, before, after) -> row.setTooltip(after == null ? null
                    : new Tooltip(describe(after))));
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openMentions.accept(row.getItem().person());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                show(after == null ? null : after.person()));

        commit(name, () -> viewModel.edit(shown, name.getText(), shown.type(), shown.role(), shown.affiliation()));
        commit(type, () -> viewModel.edit(shown, shown.name(), type.getText(), shown.role(), shown.affiliation()));
        commit(role, () -> viewModel.edit(shown, shown.name(), shown.type(), role.getText(), shown.affiliation()));
        commit(affiliation, () -> viewModel.edit(shown, shown.name(), shown.type(), shown.role(), affiliation.getText()));
        type.setPromptText("politician, expert, official\u2026");
        details.setHgap(6);
        details.setVgap(4);
        details.addRow(0, label("Name"), name);
        details.addRow(1, label("Type"), type);
        details.addRow(2, label("Role"), role);
        details.addRow(3, label("Affiliation"), affiliation);
        GridPane.setHgrow(name, Priority.ALWAYS);

        Button mentions = new Button("Mentions\u2026");
        mentions.setOnAction(event -> {
            if (shown != null) {
                openMentions.accept(shown);
            }
        });
        Button merge = new Button("Merge");
        merge.setId("speakers-merge");
        merge.setTooltip(new Tooltip("Select two people (Ctrl+click): the second's mentions become the first's."));
        merge.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        merge.setOnAction(event -> {
            var chosen = table.getSelectionModel().getSelectedItems();
            viewModel.merge(chosen.get(0).person(), chosen.get(1).person());
        });
        mentions.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(table, details, new HBox(6, mentions, merge));
        root.setPadding(new Insets(6));
        // The registry changes (a rename here, a new person from the panel): count and show again.
        viewModel.people().addListener((javafx.collections.ListChangeListener<Person>) change -> {
            if (shown != null) {
                show(viewModel.person(shown.id()).orElse(null));
            }
        });
        show(null);
    }

    public Node node() {
        return root;
    }

    /** Counts again (when the panel comes into view). */
    public void refresh() {
        viewModel.refreshSummaries();
    }

    private void show(Person person) {
        shown = person;
        details.setDisable(person == null);
        for (TextField field : List.of(name, type, role, affiliation)) {
            if (!field.isFocused() || person == null) {
                field.setText(person == null ? "" : field == name ? person.name() : field == type ? person.type()
                        : field == role ? person.role() : person.affiliation());
            }
        }
    }

    private void commit(TextField field, Runnable edit) {
        field.setOnAction(event -> {
            if (shown != null) {
                edit.run();
            }
        });
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused && shown != null) {
                edit.run();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                show(shown);
                table.requestFocus();
            }
        });
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TableColumn<SpeakerSummary, Number> count(String title, String tooltip,
            java.util.function.ToIntFunction<SpeakerSummary> value) {
        TableColumn<SpeakerSummary, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsInt(cell.getValue())));
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tooltip));
        column.setGraphic(header);
        column.setText("");
        column.setPrefWidth(44);
        column.setMinWidth(42);
        return column;
    }

    private static String describe(SpeakerSummary summary) {
        Person person = summary.person();
        String attributed = summary.attributed().entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
        return person.name() + (person.role().isBlank() ? "" : ", " + person.role())
                + "\n" + summary.mentions() + (summary.mentions() == 1 ? " mention" : " mentions")
                + (attributed.isEmpty() ? "" : "; " + attributed)
                + "\nIn: " + summary.articles().stream().map(article -> article.title()).collect(Collectors.joining("; "));
    }
}
