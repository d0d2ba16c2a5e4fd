package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A unitizing study as DKPro Statistics models one: {@code raters} coders marked units (stretches of
 * a continuum {@code [begin, begin + length)}, each of one category) or left stretches unmarked.
 * Categories are kept in the order their first unit was added, as DKPro keeps them.
 */
public final class UnitizingStudy {

    /** One coder's unit: {@code length} positions from {@code begin}, of {@code category}. */
    public record Unit(long begin, long length, int rater, String category) {
        public Unit {
            if (category == null) {
                throw new IllegalArgumentException("A unit has a category");
            }
        }

        public long end() {
            return begin + length;
        }
    }

    private final int raters;
    private final long begin;
    private final long length;
    private final List<Unit> units = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();

    public UnitizingStudy(int raters, long begin, long length) {
        if (raters < 0 || length < 0) {
            throw new IllegalArgumentException("A study has no negative number of coders or length");
        }
        this.raters = raters;
        this.begin = begin;
        this.length = length;
    }

    public UnitizingStudy addUnit(long unitBegin, long unitLength, int rater, String category) {
        if (rater < 0 || rater >= raters) {
            throw new IllegalArgumentException("There is no coder " + rater + " in a study of " + raters);
        }
        units.add(new Unit(unitBegin, unitLength, rater, category));
        categories.add(category);
        return this;
    }

    public int raters() {
        return raters;
    }

    public long begin() {
        return begin;
    }

    public long length() {
        return length;
    }

    public List<Unit> units() {
        return Collections.unmodifiableList(units);
    }

    /** The categories of the units, in the order each first appeared. */
    public List<String> categories() {
        return List.copyOf(categories);
    }
}
