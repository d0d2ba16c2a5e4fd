package org.newsmark.importing.collection;

import java.util.List;
import java.util.stream.Collectors;

/** Field or column names listed in a message: "url", "title", "seendate" (and 12 more). */
final class FieldNames {

    private static final int SHOWN = 25;

    private FieldNames() {
    }

    static String listed(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        String shown = names.stream().limit(SHOWN).map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return names.size() > SHOWN ? shown + " (and " + (names.size() - SHOWN) + " more)" : shown;
    }
}
