package org.newsmark.ui.findings;

import java.util.List;

/**
 * What a chart shows, worked out without the toolkit: categories along the axis (outlets, months),
 * and series of values (one per speaker type, category or code), each with its colour.
 *
 * @param values one per category, in the categories' order; null where the series has no value
 */
public record ChartData(String title, String valueAxis, List<String> categories, List<Series> series) {

    public record Series(String name, String color, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }
}
