package org.newsmark.ui.findings;

/**
 * An outlet to look at, or all of them.
 *
 * @param outlet the outlet, or null for articles without one; ignored when {@code all}
 */
public record OutletChoice(boolean all, String outlet) {

    public static final OutletChoice ALL = new OutletChoice(true, null);

    public static OutletChoice of(String outlet) {
        return new OutletChoice(false, outlet);
    }

    public boolean matches(boolean rowAll, String rowOutlet) {
        return all ? rowAll : !rowAll && java.util.Objects.equals(outlet, rowOutlet);
    }

    public String label() {
        return all ? "All outlets" : outlet == null ? "(no outlet)" : outlet;
    }

    @Override
    public String toString() {
        return label();
    }
}
