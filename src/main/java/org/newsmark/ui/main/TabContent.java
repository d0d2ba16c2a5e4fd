package org.newsmark.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Puts a tab's content into the window only when the tab is first chosen. A tab pane keeps the
 * content of every tab in the scene, hidden or not, so each would be styled, skinned and laid out
 * for the window's first frame: the corpus and concordance tables, the findings' charts and the
 * agreement held the article back by about a second. Built but not shown, they cost nothing.
 */
final class TabContent {

    private TabContent() {
    }

    /** {@code content} in {@code tab} now if it is the chosen one, else when it is first chosen. */
    static void whenFirstChosen(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }
}
