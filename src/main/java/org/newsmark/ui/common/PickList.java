package org.newsmark.ui.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;

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
        ListPopup.of(owner.getScene().getWindow()).show(owner, x, y, heading, id, this::matching, label, key, chosen, null);
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
