package org.newsmark.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A code of the codebook that spans are tagged with.
 *
 * @param color    {@code #RRGGBB}
 * @param shortcut the single key that tags a selection with this category, or {@code null}
 */
public record Category(long id, String name, String color, String shortcut, String description, int position) {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A category needs a name");
        }
        if (!COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("Colour must look like #RRGGBB, not " + color);
        }
        if (shortcut != null && shortcut.codePointCount(0, shortcut.length()) != 1) {
            throw new IllegalArgumentException("A shortcut is one key, not \"" + shortcut + "\"");
        }
    }
}
