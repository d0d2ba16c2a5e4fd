package org.newsmark.ui.findings;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.newsmark.analysis.ClaimGroupRow;
import org.newsmark.analysis.ClaimRow;
import org.newsmark.analysis.SimilarClaims;
import org.newsmark.model.SearchResults;

/**
 * Every claim with its article, speaker and attributes, filtered on each; grouped as "unchallenged
 * claims by speaker"; and "follow a claim" below: where its words appear in the corpus.
 */
final class ClaimsView {

    private static final String ANY = "Any";

    private final ClaimsViewModel viewModel;
    private final SplitPane pane;
    private final SortableTable<ClaimRow> claims;
    private final SortableTable<ClaimGroupRow> groups;

    ClaimsView(ClaimsViewModel viewModel) {
        this.viewModel = viewModel;
        claims = new SortableTable<>("claims-table", viewModel.rows(),
                "No claims in the scope match: tag claims and quotes in the articles, or clear the filters.")
                .text("Claim", 340, ClaimRow::text)
                .text("Speaker", 150, ClaimRow::speaker)
                .text("Type", 100, ClaimRow::speakerType)
                .text("Category", 100, ClaimRow::category)
                .text("Challenged", 85, ClaimRow::challenged)
                .text("Evidence", 75, ClaimRow::evidenceGiven)
                .text("Checkable", 80, ClaimRow::checkable)
                .text("Form", 70, ClaimRow::form)
                .text("Article", 220, ClaimRow::title)
                .text("Outlet", 100, ClaimRow::outlet)
                .text("Date", 95, ClaimRow::published)
                .text("Note", 160, ClaimRow::note);
        claims.table().setRowFactory(view -> {
            TableRow<ClaimRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        claims.table().setOnKeyPressed(event -> {
            ClaimRow chosen = claims.table().getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                viewModel.open(chosen);
            }
        });
        ObservableList<ClaimGroupRow> groupRows = viewModel.groups();
        groups = new SortableTable<>("claim-groups-table", new SortedList<>(groupRows), "No claims in the scope match.")
                .text("Speaker", 220, ClaimGroupRow::speaker)
                .number("Claims", 70, ClaimGroupRow::claims)
                .number("Unchallenged", 100, ClaimGroupRow::unchallenged)
                .number("Partly", 70, ClaimGroupRow::partly)
                .number("Challenged", 90, ClaimGroupRow::challenged)
                .number("Other value", 90, ClaimGroupRow::otherValue)
                .number("Not coded", 85, ClaimGroupRow::notCoded);

        TextField words = new TextField();
        words.setId("claims-words");
        words.setPromptText("Claim or note contains\u2026");
        words.setPrefWidth(200);
        words.textProperty().bindBidirectional(viewModel.wordsProperty());
        ComboBox<String> speaker = choice("claims-speaker", viewModel.speakers(), viewModel.speakerProperty(), 160);
        ComboBox<String> category = choice("claims-category", viewModel.categories(), viewModel.categoryProperty(), 120);
        ObservableList<String> values = FXCollections.observableArrayList("yes", "no", "partly", ClaimsViewModel.NOT_CODED);
        ObservableList<String> yesNo = FXCollections.observableArrayList("yes", "no", ClaimsViewModel.NOT_CODED);
        ComboBox<String> challenged = choice("claims-challenged", values, viewModel.challengedProperty(), 110);
        ComboBox<String> evidence = choice("claims-evidence", yesNo, viewModel.evidenceProperty(), 110);
        ComboBox<String> checkable = choice("claims-checkable", yesNo, viewModel.checkableProperty(), 110);
        Button clear = new Button("Clear Filters");
        clear.setOnAction(event -> viewModel.clearFilters());
        ToggleButton grouped = new ToggleButton("Unchallenged by Speaker");
        grouped.setId("claims-grouped");
        grouped.selectedProperty().bindBidirectional(viewModel.groupedProperty());
        Button export = new Button("Export Table as CSV\u2026");
        export.setId("claims-export-csv");
        export.setOnAction(event -> SaveDialogs.csv(export.getScene().getWindow(), "Export the Claims table",
                viewModel.groupedProperty().get() ? "unchallenged-claims-by-speaker.csv" : "claims.csv").ifPresent(target -> {
                    if (viewModel.groupedProperty().get()) {
                        viewModel.exportGroupsCsv(target.file(), target.forExcel());
                    } else {
                        viewModel.exportCsv(target.file(), target.forExcel());
                    }
                }));
        FlowPane filters = new FlowPane(8, 6, words, labelled("Speaker", speaker), labelled("Category", category),
                labelled("Challenged", challenged), labelled("Evidence", evidence), labelled("Checkable", checkable), clear,
                grouped, export);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("claims-count");
        Runnable recount = () -> count.setText(viewModel.rows().size() == viewModel.totalInScope()
                ? viewModel.rows().size() + " claims" : viewModel.rows().size() + " of " + viewModel.totalInScope() + " claims");
        viewModel.rows().addListener((ListChangeListener<ClaimRow>) change -> recount.run());
        recount.run();

        // One table in the scene at a time: the hidden one is not laid out for nothing.
        StackPane tables = new StackPane(claims.table());
        viewModel.groupedProperty().addListener((observable, was, isGrouped) ->
                tables.getChildren().setAll(isGrouped ? groups.table() : claims.table()));
        VBox top = new VBox(6, filters, tables, count);
        VBox.setVgrow(tables, Priority.ALWAYS);
        pane = new SplitPane(top, follow());
        pane.setOrientation(Orientation.VERTICAL);
        pane.setDividerPositions(0.7);
        pane.getStyleClass().add("findings-pane");
    }

    /** "Follow a claim": the claims alike to the chosen one, and other articles that share its words. */
    private Node follow() {
        Button follow = new Button("Follow This Claim");
        follow.setId("claims-follow");
        follow.disableProperty().bind(claims.table().getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.groupedProperty()));
        follow.setOnAction(event -> viewModel.follow(claims.table().getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.setId("claims-follow-status");
        status.textProperty().bind(viewModel.followStatusProperty());
        ListView<SimilarClaims.Match> similar = new ListView<>(viewModel.similar());
        similar.setId("claims-similar");
        similar.setPlaceholder(new Label("Choose a claim and press Follow This Claim: similar claims in other articles appear here."));
        similar.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SimilarClaims.Match match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : String.format(java.util.Locale.ROOT, "%.0f%%  \u201C%s\u201D \u2014 %s, %s%s",
                        100 * match.likeness(), match.claim().text(), match.claim().speaker(), match.claim().title(),
                        match.claim().outlet() == null ? "" : " (" + match.claim().outlet() + ")"));
            }
        });
        similar.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && similar.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(similar.getSelectionModel().getSelectedItem().claim());
            }
        });
        ListView<SearchResults.Hit> mentions = new ListView<>(viewModel.mentions());
        mentions.setId("claims-mentions");
        mentions.setPlaceholder(new Label("Articles that share its words without a similar claim coded."));
        mentions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchResults.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : SearchResults.plain(hit.title()) + (hit.source() == null ? "" : " ("
                        + hit.source() + ")") + ": \u2026" + SearchResults.plain(hit.snippet()).replaceAll("\\s+", " ") + "\u2026");
            }
        });
        mentions.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && mentions.getSelectionModel().getSelectedItem() != null) {
                viewModel.findings().openArticle(mentions.getSelectionModel().getSelectedItem().articleId());
            }
        });
        HBox bar = new HBox(8, follow, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        SplitPane lists = new SplitPane(similar, mentions);
        VBox box = new VBox(6, bar, lists);
        VBox.setVgrow(lists, Priority.ALWAYS);
        return box;
    }

    /** A filter's choice: "Any", or one of the values; a combo box emptied by new items gets the choice back. */
    private static ComboBox<String> choice(String id, ObservableList<String> values,
            javafx.beans.property.ObjectProperty<String> chosen, double width) {
        ObservableList<String> items = FXCollections.observableArrayList();
        ComboBox<String> box = new ComboBox<>(items);
        Runnable fill = () -> {
            items.setAll(ANY);
            items.addAll(values);
            if (chosen.get() != null && !values.contains(chosen.get())) {
                chosen.set(null);
            }
            box.setValue(chosen.get() == null ? ANY : chosen.get());
        };
        values.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        box.setId(id);
        box.setPrefWidth(width);
        box.valueProperty().addListener((observable, before, after) -> {
            if (after == null) {
                box.setValue(chosen.get() == null ? ANY : chosen.get());
            } else {
                chosen.set(after.equals(ANY) ? null : after);
            }
        });
        chosen.addListener((observable, before, after) -> box.setValue(after == null ? ANY : after));
        return box;
    }

    private static Node labelled(String text, Node control) {
        HBox box = new HBox(4, new Label(text), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    Node node() {
        return pane;
    }

    javafx.scene.control.TableView<ClaimRow> table() {
        return claims.table();
    }
}
