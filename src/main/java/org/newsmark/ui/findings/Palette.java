package org.newsmark.ui.findings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/**
 * Colours for chart series: for categories their own colour from the codebook, otherwise (and for
 * speaker types, whose sub-categories are shades of one blue) the Okabe-Ito colours, told apart with
 * colour-blindness, in turn; grey for "unknown" and "unattributed".
 */
final class Palette {

    private static final String[] OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
            "#CC79A7", "#000000", "#999933", "#882255", "#44AA99", "#AA4499"};
    static final String UNKNOWN = "#9E9E9E";

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> assigned = new HashMap<>();
    private int next;

    /** Colours in turn only. */
    Palette() {
        this(null);
    }

    /** The codebook's colours for its categories' names. */
    Palette(Codebook codebook) {
        if (codebook != null) {
            for (Category category : codebook.categories()) {
                byName.putIfAbsent(category.name().toLowerCase(Locale.ROOT), category.color());
            }
        }
    }

    String colorOf(String name) {
        if (name == null || name.equalsIgnoreCase("unknown") || name.equalsIgnoreCase("unattributed")) {
            return UNKNOWN;
        }
        String key = name.toLowerCase(Locale.ROOT);
        String own = byName.get(key);
        if (own != null && !assigned.containsValue(own)) {
            assigned.put(key, own);
        }
        return assigned.computeIfAbsent(key, missing -> OKABE_ITO[next++ % OKABE_ITO.length]);
    }
}
