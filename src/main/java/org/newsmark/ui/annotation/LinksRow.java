package org.newsmark.ui.annotation;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.article.AttributionViewModel;

/** The selected annotation's links, each removable, and the button that starts a new one (key A). */
final class LinksRow {

    private final ArticleViewModel article;
    private final AttributionViewModel attribution;
    private final VBox box = new VBox(3);
    private final Button add = new Button("Link\u2026  (A)");

    LinksRow(ArticleViewModel article, AttributionViewModel attribution) {
        this.article = article;
        this.attribution = attribution;
        add.setId("annotation-link");
        add.setTooltip(new Tooltip("Link this to its speaker, cue or claim: press A, then click the other annotation."));
        add.setOnAction(event -> attribution.start());
        box.getStyleClass().add("links-row");
    }

    Node node() {
        return box;
    }

    void show(Annotation annotation) {
        box.getChildren().clear();
        if (annotation == null) {
            return;
        }
        for (Link link : article.linksOf(annotation)) {
            Label text = new Label(attribution.describe(link, annotation));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button("\u2715");
            remove.setTooltip(new Tooltip("Remove this link"));
            remove.setOnAction(event -> attribution.unlink(link));
            HBox row = new HBox(6, text, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("link-row");
            box.getChildren().add(row);
        }
        box.getChildren().add(add);
    }
}
