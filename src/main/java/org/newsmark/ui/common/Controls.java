package org.newsmark.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** The menu items and tool buttons the window's menus and bars are made of, made one way. */
public final class Controls {

    private Controls() {
    }

    /** @param accelerator a key combination as {@link KeyCombination#keyCombination} reads it, or null for none */
    public static MenuItem menuItem(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /** A button of a tool bar: it never takes the keyboard from the article. */
    public static Button toolButton(String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
