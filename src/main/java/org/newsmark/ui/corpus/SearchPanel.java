package org.newsmark.ui.corpus;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.model.SearchResults;

/**
 * The Search tab: a search field (Enter searches), a line saying how many articles match or why the
 * search cannot be read, and the hits with their matches marked. Clicking a hit, or Enter on it,
 * opens the article at the match.
 */
public final class SearchPanel {

    private final SearchViewModel viewModel;
    private final TextField field = new TextField();
    private final VBox box;

    public SearchPanel(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        field.setId("search-field");
        field.setPromptText("Words, \"a phrase\", elect*, -leave out");
        field.textProperty().bindBidirectional(viewModel.textProperty());
        field.setOnAction(event -> viewModel.search());

        Label problem = new Label();
        problem.setId("search-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("search-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label status = new Label();
        status.setId("search-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());

        ListView<SearchViewModel.Item> hits = new ListView<>(viewModel.items());
        hits.setId("search-hits");
        hits.setPlaceholder(new Label("Search the titles, texts and notes\nof every article in the project."));
        hits.setCellFactory(list -> new HitCell());
        hits.setOnMouseClicked(event -> {
            SearchViewModel.Item item = hits.getSelectionModel().getSelectedItem();
            if (item != null && event.getClickCount() >= 1) {
                viewModel.open(item);
            }
        });
        hits.setOnKeyPressed(event -> {
            SearchViewModel.Item item = hits.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && item != null) {
                viewModel.open(item);
            }
        });
        Button more = new Button("Show More");
        more.setId("search-more");
        more.setMaxWidth(Double.MAX_VALUE);
        more.visibleProperty().bind(viewModel.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(event -> viewModel.showMore());

        box = new VBox(6, field, problem, status, hits, more);
        VBox.setVgrow(hits, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        box.getStyleClass().add("search-panel");
    }

    public Node node() {
        return box;
    }

    /** Gives the keyboard to the search field, its text selected to be typed over. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** A hit: the title (matches marked), outlet and date, and the passage around the match. */
    private static final class HitCell extends ListCell<SearchViewModel.Item> {
        @Override
        protected void updateItem(SearchViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            VBox content = new VBox(2);
            content.getStyleClass().add("search-hit");
            if (item.article() != null) {
                SearchResults.Hit hit = item.article();
                content.getChildren().add(MarkedText.flow(hit.title(), "search-hit-title"));
                String where = String.join(" \u00B7 ", java.util.stream.Stream.of(hit.source(), hit.published())
                        .filter(part -> part != null && !part.isBlank()).toList());
                if (!where.isEmpty()) {
                    Label source = new Label(where);
                    source.getStyleClass().add("search-hit-source");
                    content.getChildren().add(source);
                }
                content.getChildren().add(MarkedText.flow((hit.inNote() ? "Note: " : "") + hit.snippet(), "search-hit-snippet"));
            } else {
                SearchResults.NoteHit note = item.note();
                content.getChildren().add(MarkedText.flow(note.articleTitle(), "search-hit-title"));
                content.getChildren().add(MarkedText.flow("Note on \u201C" + note.quoted() + "\u201D: " + note.snippet(),
                        "search-hit-snippet"));
            }
            content.setPrefWidth(0);
            content.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(content);
        }
    }
}
