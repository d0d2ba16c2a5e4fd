package org.newsmark.ui.look;

import static org.newsmark.ui.common.Controls.menuItem;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** View ▸ Theme (System, Light, Dark) and the article's text size. */
public final class ViewMenu {

    private ViewMenu() {
    }

    public static Menu create(LookViewModel look) {
        Menu theme = new Menu("_Theme");
        theme.setId("theme-menu");
        ToggleGroup themes = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(label(choice, look));
            item.setToggleGroup(themes);
            item.setUserData(choice);
            item.setSelected(look.themeProperty().get() == choice);
            item.setOnAction(event -> look.themeProperty().set(choice));
            theme.getItems().add(item);
        }
        javafx.beans.value.ChangeListener<ThemeChoice> chosen = (observable, before, after) -> themes.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == after));
        // Held by the menu, listened to weakly: the look outlives a project's window and its menus.
        theme.getProperties().put(ThemeChoice.class, chosen);
        look.themeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(chosen));

        MenuItem larger = menuItem("_Larger Text", "Shortcut+Plus", look::zoomIn);
        // Ctrl and the key with + on it: on most keyboards that key sends '=' unless Shift is held.
        MenuItem largerUnshifted = hidden("Larger Text", "Shortcut+Equals", look::zoomIn);
        MenuItem largerShifted = hidden("Larger Text", "Shortcut+Shift+Equals", look::zoomIn);
        MenuItem largerKeypad = hidden("Larger Text", "Shortcut+Add", look::zoomIn);
        MenuItem smaller = menuItem("_Smaller Text", "Shortcut+Minus", look::zoomOut);
        MenuItem smallerKeypad = hidden("Smaller Text", "Shortcut+Subtract", look::zoomOut);
        MenuItem normal = menuItem("_Normal Text Size", "Shortcut+0", look::resetZoom);
        MenuItem normalKeypad = hidden("Normal Text Size", "Shortcut+Numpad0", look::resetZoom);
        Menu view = new Menu("_View");
        view.setId("view-menu");
        view.getItems().addAll(theme, new SeparatorMenuItem(), larger, smaller, normal,
                largerUnshifted, largerShifted, largerKeypad, smallerKeypad, normalKeypad);
        return view;
    }

    private static String label(ThemeChoice choice, LookViewModel look) {
        if (choice != ThemeChoice.SYSTEM) {
            return choice.label();
        }
        return "System (" + (look.systemPrefersDark() ? "dark" : "light") + ")";
    }

    /** A second key for a command, working but not listed twice in the menu. */
    private static MenuItem hidden(String text, String accelerator, Runnable action) {
        MenuItem item = menuItem(text, accelerator, action);
        item.setVisible(false);
        return item;
    }
}
