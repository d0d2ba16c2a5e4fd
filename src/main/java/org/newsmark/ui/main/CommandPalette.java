package org.newsmark.ui.main;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
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
import org.newsmark.ui.common.Command;

/**
 * Every action of the window in one list to type in (Ctrl+Shift+P), each with its key: what a coder
 * looks up once, then does with the key. Typed words narrow the list to names containing words that
 * start with them; Enter runs the highlighted action.
 */
final class CommandPalette {

    private final Supplier<List<Command>> commands;

    /** @param commands every action, asked for each time the palette opens (menus enable and disable) */
    CommandPalette(Supplier<List<Command>> commands) {
        this.commands = commands;
    }

    void show(Node owner) {
        List<Command> all = commands.get();
        TextField filter = new TextField();
        filter.setId("command-filter");
        filter.setPromptText("Type what you want to do");
        ListView<Command> list = new ListView<>();
        list.setId("command-list");
        list.setFocusTraversable(false);
        list.setPrefSize(560, 360);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Command command, boolean empty) {
                super.updateItem(command, empty);
                if (empty || command == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label key = new Label(command.key());
                key.getStyleClass().add("command-key");
                BorderPane row = new BorderPane();
                row.setLeft(new Label(command.name()));
                row.setRight(key);
                BorderPane.setAlignment(key, Pos.CENTER_RIGHT);
                setGraphic(row);
                setText(null);
            }
        });
        list.getItems().setAll(all);
        list.getSelectionModel().select(0);
        filter.textProperty().addListener((observable, before, typed) -> {
            list.getItems().setAll(matching(all, typed));
            list.getSelectionModel().select(0);
        });
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        VBox box = new VBox(6, new Label("Commands"), filter, list);
        box.getStyleClass().addAll("popup-panel", "command-palette");
        popup.getContent().add(box);
        Runnable run = () -> {
            Command chosen = list.getSelectionModel().getSelectedItem();
            popup.hide();
            if (chosen != null) {
                chosen.action().run();
            }
        };
        filter.setOnAction(event -> run.run());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                run.run();
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
        Bounds window = owner.localToScreen(owner.getBoundsInLocal());
        popup.show(owner, window.getMinX() + Math.max(0, (window.getWidth() - 560) / 2), window.getMinY() + 60);
        filter.requestFocus();
    }

    /** The commands whose name has, for every typed word, a word starting with it (case and accents ignored). */
    static List<Command> matching(List<Command> all, String typed) {
        List<String> words = words(typed);
        List<Command> found = new ArrayList<>();
        for (Command command : all) {
            List<String> nameWords = words(command.name() + " " + command.key());
            if (words.stream().allMatch(word -> nameWords.stream().anyMatch(name -> name.startsWith(word)))) {
                found.add(command);
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
