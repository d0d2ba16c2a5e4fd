package org.newsmark.analysis;

import java.util.List;
import java.util.Objects;
import org.newsmark.model.Codebook;

/**
 * Counts categories and document codes per outlet and month (docs/findings.md, "Codes"); the
 * counting itself is {@link CodesTally}'s.
 */
public final class Codes {

    private Codes() {
    }

    public static List<CodeRow> count(List<ArticleFindings> articles, Codebook codebook) {
        CodesTally tally = new CodesTally(codebook);
        articles.forEach(tally::add);
        return tally.rows();
    }

    /** Whether the row is about this outlet (null: articles without one) and month, as the window picks them. */
    public static boolean in(CodeRow row, boolean allOutlets, String outlet, boolean allMonths, String month) {
        return row.allOutlets() == allOutlets && (allOutlets || Objects.equals(row.outlet(), outlet))
                && row.allMonths() == allMonths && (allMonths || Objects.equals(row.month(), month));
    }
}
