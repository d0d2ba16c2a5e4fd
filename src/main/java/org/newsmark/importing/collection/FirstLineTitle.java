package org.newsmark.importing.collection;

/** A title for a record that has none: its text's first line, shortened at a word boundary. */
final class FirstLineTitle {

    static final int MAX_LENGTH = 120;

    private FirstLineTitle() {
    }

    static String of(String text) {
        String line = "";
        for (int start = 0; start < text.length() && line.isEmpty(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            line = text.substring(start, end).strip();
            start = end + 1;
        }
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = MAX_LENGTH - 1;
        int space = line.lastIndexOf(' ', cut);
        if (space > MAX_LENGTH / 2) {
            cut = space;
        } else if (Character.isLowSurrogate(line.charAt(cut))) {
            cut--;
        }
        return line.substring(0, cut).stripTrailing() + "…";
    }
}
