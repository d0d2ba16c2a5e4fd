package org.newsmark.agreement;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The agreement report as one long table (one value a row), for R, Python or a spreadsheet:
 * {@code scope} (article, pooled, pair, document, attribute, attribution), the article, the coders
 * (joined by "; "), the category or field, the measure and its value (empty when it cannot be
 * computed), and the number of articles or items it rests on.
 */
public final class AgreementCsv {

    static final String[] HEADER = {"scope", "article_id", "title", "coders", "category", "field", "measure", "value", "n"};

    private AgreementCsv() {
    }

    public static void write(AgreementReport report, Appendable out) throws IOException {
        // Not closed: the caller owns the output (standard output, a file it closes).
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        {
            for (AgreementReport.ArticleAgreement article : report.articles()) {
                alphaU(csv, "article", article.id(), article.title(), article.coders(), article.alphaU(), article.units());
            }
            AgreementReport.Pooled pooled = report.pooled();
            alphaU(csv, "pooled", null, "", pooled.coders(), pooled.alphaU(), pooled.articles().size());
            for (AgreementReport.PairAgreement pair : report.pairs()) {
                alphaU(csv, "pair", null, "", List.of(pair.coderA(), pair.coderB()), pair.alphaU(), pair.articles());
            }
            for (AgreementReport.CodingAgreement study : report.coding()) {
                CodingMeasures.Result m = study.measures();
                String category = study.category() == null ? "" : study.category();
                row(csv, study.kind(), null, "", study.coders(), category, study.field(), "percentage", m.percentage(), m.items());
                row(csv, study.kind(), null, "", study.coders(), category, study.field(), "cohen_kappa", m.cohenKappa(), m.completeItems());
                row(csv, study.kind(), null, "", study.coders(), category, study.field(), "fleiss_kappa", m.fleissKappa(), m.completeItems());
                row(csv, study.kind(), null, "", study.coders(), category, study.field(), "alpha_nominal", m.alphaNominal(), m.items());
                if (m.alphaOrdinal() != null || "ordinal".equals(study.scale())) {
                    row(csv, study.kind(), null, "", study.coders(), category, study.field(), "alpha_ordinal", m.alphaOrdinal(), m.items());
                }
                if (!"nominal".equals(study.scale())) {
                    row(csv, study.kind(), null, "", study.coders(), category, study.field(), "alpha_interval", m.alphaInterval(), m.items());
                }
            }
            for (AgreementReport.AttributionAgreement pair : report.attribution()) {
                List<String> coders = List.of(pair.coderA(), pair.coderB());
                int either = pair.madeByA() + pair.madeByB() - pair.both();
                row(csv, "attribution", null, "", coders, "", "", "share_both_made", pair.share(), either);
                row(csv, "attribution", null, "", coders, "", "", "alpha_u_contents", pair.alphaU(), either);
            }
        }
        csv.flush();
    }

    private static void alphaU(CSVPrinter csv, String scope, Long article, String title, List<String> coders,
            AgreementReport.AlphaU alphaU, int n) throws IOException {
        row(csv, scope, article, title, coders, "", "", "alpha_u", alphaU.overall(), n);
        for (var category : alphaU.categories().entrySet()) {
            row(csv, scope, article, title, coders, category.getKey(), "", "alpha_u", category.getValue(), n);
        }
    }

    private static void row(CSVPrinter csv, String scope, Long article, String title, List<String> coders, String category,
            String field, String measure, Double value, int n) throws IOException {
        csv.printRecord(scope, article == null ? "" : article, title, String.join("; ", coders), category, field, measure,
                value == null ? "" : value, n);
    }
}
