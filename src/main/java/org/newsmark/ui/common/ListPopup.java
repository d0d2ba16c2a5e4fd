package org.newsmark.ui.common;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The popup behind every keyboard list (people, link targets, commands): a heading, a field to type
 * in, the lines below it. One is made per window and reused, so opening a list costs the frame
 * little more than filling its lines: a new popup's nodes would be styled and laid out from nothing
 * each time.
 */
final class ListPopup {

    private static final Map<Window, ListPopup> BY_WINDOW = new WeakHashMap<>();

    private final Popup popup = new Popup();
    private final Label heading = new Label();
    private final TextField filter = new TextField();
    private final ListView<Object> list = new ListView<>();
    private Function<String, List<?>> lines = typed -> List.of();
    private Function<Object, String> label = String::valueOf;
    private Function<Object, String> key = line -> "";
    private Consumer<Object> take = line -> { };
    private Function<String, Object> onShortcutN;
    private Node owner;

    private ListPopup() {
        heading.getStyleClass().add("panel-heading");
        filter.setPromptText("Type to narrow the list");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ListCell<>() {
            private final Label left = new Label();
            private final Label right = new Label();
            private final Region gap = new Region();
            private final HBox row = new HBox(8, left, gap, right);

            {
                // The name on the left and its key on the right, on one line.
                right.getStyleClass().add("command-key");
                right.setMinWidth(Region.USE_PREF_SIZE);
                HBox.setHgrow(gap, Priority.ALWAYS);
                row.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Object line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                } else {
                    left.setText(label.apply(line));
                    right.setText(key.apply(line));
                    setGraphic(row);
                }
                setText(null);
            }
        });
        VBox box = new VBox(6, heading, filter, list);
        box.getStyleClass().add("popup-panel");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        // A click elsewhere closes the list and still does what it does there (a click on a link's target).
        popup.setConsumeAutoHidingEvents(false);
        filter.textProperty().addListener((observable, before, typed) -> refill(typed));
        filter.setOnAction(event -> takeSelected());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                takeSelected();
            }
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        popup.setOnHidden(event -> {
            if (owner != null) {
                owner.requestFocus();
            }
        });
    }

    static ListPopup of(Window window) {
        return BY_WINDOW.computeIfAbsent(window, any -> new ListPopup());
    }

    /**
     * Shows the lines for what is typed (nothing, at first) at {@code x}, {@code y} on the screen.
     *
     * @param id          names the field ({@code ID-filter}) and the list ({@code ID-list})
     * @param onShortcutN what Ctrl+N takes for what is typed (a new person), or null when it means nothing
     */
    @SuppressWarnings("unchecked")
    <T> void show(Node newOwner, double x, double y, String title, String id, Function<String, List<T>> newLines,
            Function<T, String> newLabel, Function<T, String> newKey, Consumer<T> newTake, Function<String, T> onShortcutN) {
        owner = newOwner;
        heading.setText(title);
        filter.setId(id + "-filter");
        list.setId(id + "-list");
        lines = (Function<String, List<?>>) (Function<?, ?>) newLines;
        label = line -> newLabel.apply((T) line);
        key = line -> newKey.apply((T) line);
        take = line -> newTake.accept((T) line);
        this.onShortcutN = onShortcutN == null ? null : typed -> onShortcutN.apply(typed);
        list.setPrefWidth(560);
        if (filter.getText().isEmpty()) {
            refill("");
        } else {
            filter.clear();
        }
        list.setPrefHeight(Math.min(360, 26.0 * Math.max(1, list.getItems().size()) + 8));
        popup.show(newOwner, x, y);
        filter.requestFocus();
    }

    private void refill(String typed) {
        list.getItems().setAll(lines.apply(typed));
        list.getSelectionModel().select(0);
        list.scrollTo(0);
    }

    private void takeSelected() {
        Object line = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (line != null) {
            take.accept(line);
        }
    }

    private void keyPressed(KeyEvent event) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (event.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(list.getItems().size() - 1, at + 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        } else if (event.getCode() == KeyCode.UP) {
            list.getSelectionModel().select(Math.max(0, at - 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        } else if (event.getCode() == KeyCode.N && event.isShortcutDown() && onShortcutN != null) {
            Object line = onShortcutN.apply(filter.getText());
            if (line != null) {
                popup.hide();
                take.accept(line);
            }
        } else {
            return;
        }
        event.consume();
    }
}
