package org.newsmark.model;

/**
 * Whether a quote is direct by its look: a quotation mark as the first or last character of its text,
 * white space at either end left aside. The marks that count (docs/findings.md) are the straight ones
 * (" and '), the curly ones (“ ” „ ‟ ‘ ’ ‚ ‛), guillemets (« » ‹ ›), the corner brackets of Chinese and
 * Japanese (「 」 『 』) and the full-width quotation mark (＂).
 */
public final class QuotationMarks {

    public static final String MARKS = "\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A"
            + "\u300C\u300D\u300E\u300F\uFF02";

    private QuotationMarks() {
    }

    public static boolean isQuotationMark(int point) {
        return point < Character.MIN_SUPPLEMENTARY_CODE_POINT && MARKS.indexOf(point) >= 0;
    }

    /** Whether the text starts or ends with a quotation mark, white space at either end left aside. */
    public static boolean framedByQuotationMarks(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        return isQuotationMark(stripped.codePointAt(0))
                || isQuotationMark(stripped.codePointBefore(stripped.length()));
    }
}
