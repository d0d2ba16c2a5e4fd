package org.newsmark.ui.main;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.newsmark.model.Category;
import org.newsmark.ui.article.ArticleView;
import org.newsmark.ui.article.ArticleViewModel;

/** A button per category, showing its colour and key; the tooltip is its coding instruction. */
final class CategoryPalette {

    private final HBox box = new HBox(4);
    private final ArticleView articleView;

    private final ArticleViewModel viewModel;

    CategoryPalette(ArticleViewModel viewModel, ArticleView articleView) {
        this.articleView = articleView;
        this.viewModel = viewModel;
        box.getStyleClass().add("category-palette");
        viewModel.categories().addListener((ListChangeListener<Category>) change -> build(viewModel.codebook().children(null)));
        build(viewModel.codebook().children(null));
    }

    HBox node() {
        return box;
    }

    private static Rectangle swatch(Category category) {
        Rectangle swatch = new Rectangle(12, 12, Color.web(category.color()));
        swatch.getStyleClass().add("category-swatch");
        return swatch;
    }

    private void build(List<Category> categories) {
        box.getChildren().clear();
        for (Category category : categories) {
            Rectangle swatch = swatch(category);
            Label key = new Label(category.shortcut() == null ? "" : category.shortcut());
            key.getStyleClass().add("key-badge");
            HBox graphic = new HBox(5, key, swatch);
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            List<Category> children = viewModel.codebook().children(category.id());
            ButtonBase button;
            if (children.isEmpty()) {
                button = new Button(category.name(), graphic);
            } else {
                // The button tags with the category; its menu with one of the sub-categories.
                SplitMenuButton split = new SplitMenuButton();
                split.setText(category.name());
                split.setGraphic(graphic);
                for (Category child : viewModel.codebook().subtree(category).subList(1, viewModel.codebook().subtree(category).size())) {
                    MenuItem item = new MenuItem(viewModel.codebook().pathName(child));
                    item.setGraphic(swatch(child));
                    item.setOnAction(event -> articleView.tagSelection(child));
                    split.getItems().add(item);
                }
                button = split;
            }
            button.setId("category-" + category.id());
            button.setFocusTraversable(false);
            Tooltip tooltip = new Tooltip(category.name() + (category.shortcut() == null ? "" : " (key " + category.shortcut() + ")")
                    + "\n" + category.description());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
            tooltip.setShowDelay(Duration.millis(300));
            button.setTooltip(tooltip);
            button.setOnAction(event -> articleView.tagSelection(category));
            box.getChildren().add(button);
        }
    }
}
