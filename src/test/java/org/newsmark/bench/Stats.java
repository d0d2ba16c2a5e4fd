package org.newsmark.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median, 95th percentile and maximum of a series of timings, in milliseconds. */
final class Stats {

    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    /** The timings in the order taken, rounded to milliseconds. */
    java.util.List<Long> values() {
        return millis.stream().map(Math::round).toList();
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    double max() {
        return Collections.max(millis);
    }

    long over(double limitMillis) {
        return millis.stream().filter(value -> value > limitMillis).count();
    }

    String summary() {
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)",
                percentile(50), percentile(95), max(), count());
    }
}
