package org.newsmark.ui.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * A list to choose from with the keyboard, in a popup: typing narrows it (every typed word starts a
 * word of the line, ignoring case and accents), ↑/↓ move, Enter takes the highlighted line (the first
 * at the start), Escape closes it. Each line may show a key on its right.
 */
public final class PickList<T> {

    private final String heading;
    private final List<T> items;
    private final Function<T, String> label;
    private final Function<T, String> key;
    private String id = "pick";

    /** @param key what to show on the right of a line (a shortcut), or a blank string */
    public PickList(String heading, List<T> items, Function<T, String> label, Function<T, String> key) {
        this.heading = heading;
        this.items = List.copyOf(items);
        this.label = label;
        this.key = key;
    }

    /** Names the popup's field ({@code ID-filter}) and list ({@code ID-list}), for tests and styles. */
    public PickList<T> withId(String newId) {
        this.id = newId;
        return this;
    }

    /** Shows the list at {@code x}, {@code y} on the screen; {@code chosen} gets the line taken. */
    public void show(Node owner, double x, double y, Consumer<T> chosen) {
        TextField filter = new TextField();
        filter.setId(id + "-filter");
        filter.setPromptText("Type to narrow the list");
        ListView<T> list = new ListView<>();
        list.setId(id + "-list");
        list.setFocusTraversable(false);
        list.setPrefSize(560, Math.min(360, 26.0 * items.size() + 8));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label right = new Label(key.apply(item));
                right.getStyleClass().add("command-key");
                BorderPane row = new BorderPane();
                row.setLeft(new Label(label.apply(item)));
                row.setRight(right);
                BorderPane.setAlignment(right, Pos.CENTER_RIGHT);
                setGraphic(row);
                setText(null);
            }
        });
        list.getItems().setAll(items);
        list.getSelectionModel().select(0);
        filter.textProperty().addListener((observable, before, typed) -> {
            list.getItems().setAll(matching(typed));
            list.getSelectionModel().select(0);
        });
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        // A click elsewhere closes the list and still does what it does there (a click on a link's target).
        popup.setConsumeAutoHidingEvents(false);
        Label title = new Label(heading);
        title.getStyleClass().add("panel-heading");
        VBox box = new VBox(6, title, filter, list);
        box.getStyleClass().add("popup-panel");
        popup.getContent().add(box);
        Runnable take = () -> {
            T item = list.getSelectionModel().getSelectedItem();
            popup.hide();
            if (item != null) {
                chosen.accept(item);
            }
        };
        filter.setOnAction(event -> take.run());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                take.run();
            }
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().select(Math.min(list.getItems().size() - 1, at + 1));
            } else if (event.getCode() == KeyCode.UP) {
                list.getSelectionModel().select(Math.max(0, at - 1));
            } else {
                return;
            }
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            event.consume();
        });
        popup.setOnHidden(event -> owner.requestFocus());
        popup.show(owner, x, y);
        filter.requestFocus();
    }

    /** The lines with, for every typed word, a word starting with it. */
    List<T> matching(String typed) {
        List<String> words = words(typed);
        List<T> found = new ArrayList<>();
        for (T item : items) {
            List<String> lineWords = words(label.apply(item) + " " + key.apply(item));
            if (words.stream().allMatch(word -> lineWords.stream().anyMatch(line -> line.startsWith(word)))) {
                found.add(item);
            }
        }
        return found;
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}+]+")).filter(word -> !word.isEmpty()).toList();
    }
}
