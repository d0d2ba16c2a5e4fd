package org.newsmark.ui.find;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.newsmark.model.TextSpans;
import org.newsmark.ui.article.ArticleView;

/**
 * The find bar above the article (Ctrl+F). Typing selects the first match from where the search
 * started, as the words grow; Enter selects the next match, Shift+Enter the previous;
 * Escape closes the bar and gives the keyboard back to the article with the match still selected,
 * so a category key tags it.
 */
public final class FindBar {

    private final FindViewModel viewModel;
    private final ArticleView articleView;
    private final HBox bar = new HBox(6);
    private final TextField field = new TextField();
    /** Where the search started: typing selects the first match from here, as it grows. */
    private int anchor;
    private boolean opening;

    public FindBar(FindViewModel viewModel, ArticleView articleView) {
        this.viewModel = viewModel;
        this.articleView = articleView;
        field.setId("find-field");
        field.setPromptText("Find in article");
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // Find as you type: the first match from where the search started is selected at each key.
        field.textProperty().addListener((observable, before, typed) -> {
            if (!opening && isOpen()) {
                viewModel.next(anchor).ifPresent(this::show);
            }
        });
        Label status = new Label();
        status.setId("find-status");
        status.textProperty().bind(viewModel.statusProperty());
        Button previous = new Button("\u2191");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        previous.setOnAction(event -> previous());
        Button next = new Button("\u2193");
        next.setTooltip(new Tooltip("Next match (Enter)"));
        next.setOnAction(event -> next());
        Button close = new Button("\u2715");
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setOnAction(event -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(new Label("Find:"), field, previous, next, status, spacer, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("find-bar");
        bar.setId("find-bar");
        bar.setVisible(false);
        bar.setManaged(false);
    }

    public HBox node() {
        return bar;
    }

    public boolean isOpen() {
        return bar.isVisible();
    }

    /** Opens the bar with the article's selection (if short) as the query, ready to type. */
    public void open() {
        String selected = articleView.area().getSelectedText();
        anchor = articleView.area().getSelection().getStart();
        opening = true;
        try {
            if (!selected.isBlank() && selected.length() <= 100 && !selected.contains("\n")) {
                viewModel.queryProperty().set(selected);
            }
        } finally {
            opening = false;
        }
        bar.setManaged(true);
        bar.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    public void close() {
        bar.setVisible(false);
        bar.setManaged(false);
        articleView.area().requestFocus();
    }

    public void next() {
        viewModel.next(articleView.area().getSelection().getEnd()).ifPresent(this::show);
    }

    public void previous() {
        viewModel.previous(articleView.area().getSelection().getStart()).ifPresent(this::show);
    }

    private void show(TextSpans.Range match) {
        articleView.select(match.start(), match.end());
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            if (event.isShiftDown()) {
                previous();
            } else {
                next();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            close();
            event.consume();
        }
    }
}
