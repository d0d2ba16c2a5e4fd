package org.newsmark.editing;

/** Either the edit to perform or the reason there is none, in words for the person who asked. */
public record Outcome(Edit edit, String refusal) {

    public static Outcome of(Edit edit) {
        return new Outcome(edit, null);
    }

    public static Outcome refused(String refusal) {
        return new Outcome(null, refusal);
    }

    /** Nothing to do (the value did not change): neither an edit nor a complaint. */
    public static Outcome nothing() {
        return new Outcome(null, null);
    }

    public boolean hasEdit() {
        return edit != null;
    }
}
