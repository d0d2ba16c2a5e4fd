package org.newsmark.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.newsmark.model.ArticleSummary;

/** The project's articles: title, outlet and number of annotations; choosing one opens it. */
final class ArticleListView {

    private final ListView<ArticleSummary> list = new ListView<>();
    private boolean syncing;

    ArticleListView(ProjectViewModel viewModel) {
        list.setId("article-list");
        list.setItems(viewModel.articles());
        list.setCellFactory(view -> new ArticleCell());
        list.setPlaceholder(new Label("No articles yet.\nFile \u25B8 Import text files\u2026"));
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!syncing && after != null && after.id() != viewModel.currentArticleIdProperty().get()) {
                viewModel.open(after.id());
            }
        });
        viewModel.currentArticleIdProperty().addListener((observable, before, after) -> select(after.longValue()));
        viewModel.articles().addListener((javafx.collections.ListChangeListener<ArticleSummary>) change ->
                select(viewModel.currentArticleIdProperty().get()));
        // Made after the first article was opened (the window's article comes first): marked now.
        select(viewModel.currentArticleIdProperty().get());
    }

    private void select(long articleId) {
        syncing = true;
        try {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id() == articleId) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                        list.scrollTo(i);
                    }
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    Node node() {
        return list;
    }

    private static final class ArticleCell extends ListCell<ArticleSummary> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        ArticleCell() {
            title.getStyleClass().add("article-title");
            title.setWrapText(true);
            details.getStyleClass().add("article-details");
            details.setWrapText(true);
            // A cell as wide as the list, never wider: long titles wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ArticleSummary article, boolean empty) {
            super.updateItem(article, empty);
            if (empty || article == null) {
                setGraphic(null);
                return;
            }
            title.setText(article.title());
            int count = article.annotationCount();
            String outlet = article.source() == null ? "" : article.source() + " \u00B7 ";
            details.setText(outlet + (count == 0 ? "no annotations" : count == 1 ? "1 annotation" : count + " annotations"));
            setGraphic(box);
        }
    }
}
