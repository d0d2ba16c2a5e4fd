package org.newsmark.model;

/** Text cut to fit a message or a label, with an ellipsis where it was cut. */
public final class ShortText {

    private ShortText() {
    }

    /**
     * {@code text} itself when it has at most {@code max} characters, else its first {@code max - 1}
     * characters and an ellipsis; never half of a surrogate pair (an emoji is left out whole).
     */
    public static String of(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }
}
