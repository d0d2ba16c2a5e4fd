package org.newsmark.ui.annotation;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsmark.suggest.SuggestedAttribution;
import org.newsmark.ui.article.SuggestionsViewModel;

/**
 * The annotation panel's list of the article's suggested attributions, under its annotations: each
 * suggestion's content with its source and cue. Choosing one (a click, or Enter in the list) takes
 * the article's caret there, where Enter accepts it and Backspace rejects it; the buttons do the same
 * for the one chosen in the list.
 */
final class SuggestionList {

    private final VBox root = new VBox(4);
    private final Label heading = new Label();
    private final ListView<SuggestedAttribution> list = new ListView<>();

    SuggestionList(SuggestionsViewModel suggestions) {
        heading.getStyleClass().add("panel-heading");
        list.setId("suggestion-list");
        list.setItems(suggestions.visible());
        list.setPrefHeight(150);
        // Two suggestions stay in sight when the panel is short; the panel scrolls instead.
        list.setMinHeight(72);
        list.setCellFactory(view -> new ListCell<>() {
            {
                // Wrapped to the list's width: a long quotation reads on two lines, not past a scroll bar.
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
                setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(SuggestedAttribution suggestion, boolean empty) {
                super.updateItem(suggestion, empty);
                setText(empty || suggestion == null ? null : suggestions.describe(suggestion));
                getStyleClass().remove("suggestion-cell");
                if (!empty) {
                    getStyleClass().add("suggestion-cell");
                }
            }
        });
        list.setOnMouseClicked(event -> {
            SuggestedAttribution chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                suggestions.goTo(chosen);
            }
        });
        list.setOnKeyPressed(event -> {
            SuggestedAttribution chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && event.getCode() == KeyCode.ENTER) {
                suggestions.goTo(chosen);
                event.consume();
            }
        });
        Button accept = new Button("Accept");
        accept.setId("accept-suggestion");
        accept.setOnAction(event -> act(suggestions, true));
        Button reject = new Button("Reject");
        reject.setId("reject-suggestion");
        reject.setOnAction(event -> act(suggestions, false));
        accept.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        suggestions.visible().addListener((ListChangeListener<SuggestedAttribution>) change -> updateHeading(suggestions));
        suggestions.shownProperty().addListener((observable, before, after) -> updateHeading(suggestions));
        suggestions.readyProperty().addListener((observable, before, after) -> updateHeading(suggestions));
        updateHeading(suggestions);
        root.getChildren().addAll(heading, list, new HBox(6, accept, reject));
        root.setId("suggestions");
    }

    Node node() {
        return root;
    }

    private void act(SuggestionsViewModel suggestions, boolean accept) {
        SuggestedAttribution chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        if (accept) {
            suggestions.accept(chosen);
        } else {
            suggestions.reject(chosen);
        }
    }

    private void updateHeading(SuggestionsViewModel suggestions) {
        int count = suggestions.visible().size();
        String text;
        if (!suggestions.shownProperty().get()) {
            text = "Suggestions hidden (View \u25B8 Show Suggested Attributions)";
        } else if (!suggestions.readyProperty().get()) {
            text = "Suggesting attributions\u2026";
        } else {
            text = count == 0 ? "No suggested attributions" : count == 1 ? "1 suggested attribution"
                    : count + " suggested attributions";
        }
        heading.setText(text);
        list.setVisible(suggestions.shownProperty().get());
        list.setManaged(suggestions.shownProperty().get());
    }
}
