package org.newsmark.ui.speakers;

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
    /** Which person each field was filled for, and with what: typing goes to that person, whoever is shown by then. */
    private final java.util.Map<TextField, FieldState> fields = new java.util.LinkedHashMap<>();
    private Person shown;

    private static final class FieldState {
        final SpeakersViewModel.Detail detail;
        java.util.UUID owner;
        String original = "";

        FieldState(SpeakersViewModel.Detail detail) {
            this.detail = detail;
        }
    }

    /** @param openMentions shows a person's mentions (a dialog that can open each in its article) */
    public SpeakersPanel(SpeakersViewModel viewModel, Consumer<Person> openMentions) {
        this.viewModel = viewModel;
        table.setId("speakers-table");
        table.setItems(viewModel.summaries());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No speakers yet.\nTag a speaker (1), then choose\nor add the person in the panel."));
        // The counts keep their width; the name takes the rest and wraps rather than being cut short.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<SpeakerSummary, String> names = new TableColumn<>("Name");
        names.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().person().name()));
        names.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(column.widthProperty().subtract(10));
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                text.setText(empty ? null : name);
                setGraphic(empty ? null : text);
            }
        });
        names.setMinWidth(90);
        table.getColumns().add(names);
        table.getColumns().add(count("Ment.", "Mentions: how often the person is named or referred to", summary -> summary.mentions()));
        table.getColumns().add(count("Q+C", "Quotes and claims attributed to the person's mentions", summary ->
                summary.attributed().values().stream().mapToInt(Integer::intValue).sum()));
        table.getColumns().add(count("Art.", "Articles the person appears in", summary -> summary.articles().size()));
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
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after == null && before != null && table.getItems().stream().anyMatch(summary -> summary.person().id()
                    .equals(before.person().id()))) {
                return;
            }
            // What was typed for the person shown before is theirs, saved before another is shown.
            commitAll();
            // The registry's own record, which has every edit made so far (the counts may be older).
            show(after == null ? null : viewModel.person(after.person().id()).orElse(after.person()));
        });
        // The counts are read again after every change; the person being edited stays selected.
        table.getItems().addListener((javafx.collections.ListChangeListener<SpeakerSummary>) change -> reselect());

        editable(name, SpeakersViewModel.Detail.NAME);
        editable(type, SpeakersViewModel.Detail.TYPE);
        editable(role, SpeakersViewModel.Detail.ROLE);
        editable(affiliation, SpeakersViewModel.Detail.AFFILIATION);
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
        Label legend = new Label("Ment. mentions \u00B7 Q+C quotes and claims attributed \u00B7 Art. articles");
        legend.setId("speakers-legend");
        legend.setWrapText(true);
        legend.getStyleClass().add("panel-note");
        root.getChildren().addAll(table, legend, details, new HBox(6, mentions, merge));
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

    /**
     * Shows a person's details. A field with typing not yet saved for this same person keeps it;
     * every other field shows the registry's value.
     */
    private void show(Person person) {
        shown = person;
        details.setDisable(person == null);
        fields.forEach((field, state) -> {
            boolean typingForThisPerson = person != null && person.id().equals(state.owner) && isDirty(field);
            if (!typingForThisPerson) {
                String value = person == null ? "" : state.detail.of(person);
                state.owner = person == null ? null : person.id();
                state.original = value;
                field.setText(value);
            }
        });
    }

    private boolean isDirty(TextField field) {
        return !field.getText().equals(fields.get(field).original);
    }

    private void reselect() {
        if (shown == null) {
            return;
        }
        for (SpeakerSummary summary : table.getItems()) {
            if (summary.person().id().equals(shown.id())) {
                if (table.getSelectionModel().getSelectedItem() != summary) {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(summary);
                }
                return;
            }
        }
    }

    /** Saves a detail being typed for the person shown (before the project is closed or the app quits). */
    public void commitPendingInput() {
        commitAll();
    }

    private void commitAll() {
        fields.keySet().forEach(this::commit);
    }

    /** Saves what was typed into a field for the person it was typed for, if it differs from their value. */
    private void commit(TextField field) {
        FieldState state = fields.get(field);
        if (state.owner == null || !isDirty(field)) {
            return;
        }
        String typed = field.getText();
        state.original = typed;
        viewModel.editDetail(state.owner, state.detail, typed);
    }

    private void editable(TextField field, SpeakersViewModel.Detail detail) {
        fields.put(field, new FieldState(detail));
        field.setOnAction(event -> commit(field));
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                commit(field);
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.setText(fields.get(field).original);
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
        column.setPrefWidth(46);
        column.setMinWidth(42);
        column.setMaxWidth(52);
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
