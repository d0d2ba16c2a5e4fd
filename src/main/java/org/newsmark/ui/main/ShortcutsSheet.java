package org.newsmark.ui.main;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help ▸ Keyboard Shortcuts (F1): every shortcut of {@link KeyboardShortcuts}, grouped, as a table. */
final class ShortcutsSheet {

    private ShortcutsSheet() {
    }

    /** The table: a heading per section, then a row per shortcut, its keys in a key badge. */
    static Node table() {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-sheet");
        grid.getStyleClass().add("shortcuts-sheet");
        grid.setHgap(14);
        grid.setVgap(5);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.LEFT);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints does = new ColumnConstraints();
        does.setHgrow(Priority.ALWAYS);
        does.setMaxWidth(430);
        grid.getColumnConstraints().addAll(keys, does);
        int row = 0;
        for (KeyboardShortcuts.Section section : KeyboardShortcuts.Section.values()) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("shortcut-section");
            heading.setMaxWidth(Double.MAX_VALUE);
            grid.add(heading, 0, row++, 2, 1);
            for (KeyboardShortcuts.Shortcut shortcut : KeyboardShortcuts.of(section)) {
                Label key = new Label(shortcut.plainKeys());
                key.getStyleClass().add("shortcut-keys");
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(shortcut.plainDoes());
                what.getStyleClass().add("shortcut-does");
                what.setWrapText(true);
                GridPane.setValignment(key, VPos.TOP);
                grid.add(key, 0, row);
                grid.add(what, 1, row++);
            }
        }
        return grid;
    }

    /** Shows the sheet in a window of its own beside the main one; Escape closes it. */
    static void show(Window owner) {
        ScrollPane scroll = new ScrollPane(table());
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 780, 680);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Keyboard shortcuts");
        stage.setScene(scene);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.F1) {
                stage.close();
            }
        });
        stage.show();
    }
}
