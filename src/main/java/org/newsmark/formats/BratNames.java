package org.newsmark.formats;

import java.util.regex.Pattern;

/**
 * How brat's type names and Newsmark's category and attribute names map onto each other. brat types
 * are single words (its tools read lines split at spaces, colons and semicolons), so a Newsmark name
 * is written with every other character (a space, a colon) as {@code _}, and a brat type is read
 * with every {@code _} as a space: "Expert quote" and {@code Expert_quote} are the same both ways.
 * Attribute values keep every character but white space.
 */
public final class BratNames {

    private static final Pattern NOT_IN_TYPES = Pattern.compile("[^\\p{L}\\p{N}_.-]");

    private BratNames() {
    }

    /** The Newsmark name of a brat type, attribute or value. */
    public static String fromBrat(String type) {
        return type.replace('_', ' ');
    }

    /** The brat type (or attribute name) for a Newsmark name. */
    public static String toBrat(String name) {
        String type = NOT_IN_TYPES.matcher(name.strip()).replaceAll("_");
        return type.isEmpty() ? "_" : type;
    }

    /**
     * An attribute value as a brat {@code A} line holds it: the rest of the line, so only its spaces,
     * tabs and line breaks become {@code _}; "naïve 😀 value" is {@code naïve_😀_value}.
     */
    public static String valueToBrat(String value) {
        String written = value.strip().replaceAll("\\s", "_");
        return written.isEmpty() ? "_" : written;
    }

    /** The Newsmark value of a brat attribute value. */
    public static String valueFromBrat(String value) {
        return value.replace('_', ' ').strip();
    }
}
