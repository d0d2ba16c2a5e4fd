package org.newsmark.importing.collection;

/** Checks of a carried span's offsets against its article's text, said for the person importing. */
final class Offsets {

    private static final int QUOTE_LENGTH = 40;

    private Offsets() {
    }

    /**
     * Why a span from {@code start} to {@code end} (into the text as the record gave it) cannot be
     * kept, or null when it can.
     */
    static String problem(int start, int end, NormalizedText text) {
        int length = text.raw().length();
        if (start < 0 || end > length) {
            return "its offsets " + start + "–" + end + " fall outside the text (" + length + " characters)";
        }
        if (end <= start) {
            return "its offsets " + start + "–" + end + " select nothing (the end must come after the start)";
        }
        int mappedStart = text.map(start);
        int mappedEnd = text.map(end);
        if (mappedStart < 0 || mappedEnd < 0 || mappedEnd <= mappedStart) {
            return "it marks only blank space around the text, which is not imported";
        }
        return null;
    }

    /** “a quote”, shortened. */
    static String quote(String text) {
        String shown = text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1) + "…";
        return "\u201C" + shown.replace('\n', ' ') + "\u201D";
    }
}
