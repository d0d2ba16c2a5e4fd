package org.newsmark.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the Codes table (docs/findings.md, "Codes"): how often one category was tagged, or one
 * document code given one value, in the articles of one outlet and month (or of all of them).
 *
 * @param outlet    the outlet, or null for articles without one; ignored when {@code allOutlets}
 * @param month     {@code YYYY-MM}, or null for articles without a usable date; ignored when {@code allMonths}
 * @param kind      {@code category} or {@code document_code}
 * @param code      the category's or the document field's name
 * @param parent    the category's parent category, or null
 * @param value     the document code's value, or null on category rows
 * @param count     annotations of the category, or articles with the value
 * @param share     count over all annotations (category rows) or over the articles with any value of
 *                  the field (document code rows) in the same outlet and month
 * @param articles  articles in the outlet and month
 */
public record CodeRow(String outlet, boolean allOutlets, String month, boolean allMonths, String kind, String code,
        String parent, String value, int count, double share, int articles) {

    public static final String CATEGORY = "category";
    public static final String DOCUMENT_CODE = "document_code";
    public static final List<String> COLUMNS = List.of("outlet", "month", "kind", "code", "parent", "value", "count",
            "share", "articles");

    public String outletCell() {
        return allOutlets ? VoiceRow.ALL : outlet;
    }

    public String monthCell() {
        return allMonths ? VoiceRow.ALL : month;
    }

    public List<Object> cells() {
        return Arrays.asList(outletCell(), monthCell(), kind, code, parent, value, count, share, articles);
    }
}
