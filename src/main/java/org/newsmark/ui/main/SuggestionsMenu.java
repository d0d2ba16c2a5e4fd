package org.newsmark.ui.main;

import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.newsmark.ui.article.SuggestionsViewModel;
import org.newsmark.ui.look.LookSettings;

/**
 * View ▸ Hide / Show Suggested Attributions (Ctrl+Shift+A), remembered between runs. A plain item
 * whose words say what it will do, rather than a check box: the command palette and the key fire it,
 * and firing a check item does not tick it.
 */
final class SuggestionsMenu {

    static final String SETTING = "suggestions.shown";

    private SuggestionsMenu() {
    }

    static MenuItem toggle(SuggestionsViewModel suggestions, LookSettings settings) {
        suggestions.shownProperty().set(!"no".equals(settings.text(SETTING, "yes")));
        MenuItem item = new MenuItem();
        item.setId("show-suggestions");
        item.textProperty().bind(Bindings.when(suggestions.shownProperty()).then("_Hide Suggested Attributions")
                .otherwise("_Show Suggested Attributions"));
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        item.setOnAction(event -> suggestions.shownProperty().set(!suggestions.shownProperty().get()));
        suggestions.shownProperty().addListener((observable, before, shown) -> {
            settings.setText(SETTING, shown ? "yes" : "no");
            settings.saveSoon();
        });
        return item;
    }
}
