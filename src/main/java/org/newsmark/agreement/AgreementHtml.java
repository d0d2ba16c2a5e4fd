package org.newsmark.agreement;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agreement report as one printable HTML page: a table of alpha_U per category for the pooled
 * articles and for each pair of coders, the coding measures of each attribute and document field,
 * attribution agreement, and alpha_U per article. No scripts, no outside resources; a print style
 * sheet keeps tables whole on a page where it can.
 */
public final class AgreementHtml {

    private AgreementHtml() {
    }

    public static void write(AgreementReport report, String projectName, Appendable out) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Agreement: ")
                .append(escape(projectName)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:0 0 2em}")
                .append("th,td{border:1px solid #999;padding:.25em .6em;text-align:right}th:first-child,td:first-child")
                .append("{text-align:left}caption{text-align:left;font-weight:bold;margin:.5em 0}.none{color:#888}")
                .append("@media print{table{page-break-inside:avoid}body{margin:0}}\n</style></head><body>\n")
                .append("<h1>Agreement of the coders of ").append(escape(projectName)).append("</h1>\n<p>Coders: ")
                .append(escape(String.join(", ", report.coders()))).append(". Krippendorff's unitizing alpha (alpha_U) and ")
                .append("the coding measures as DKPro Statistics computes them; see docs/agreement.md.</p>\n");
        List<String> categories = report.categories();
        out.append("<table><caption>alpha_U per category</caption><tr><th>coders</th><th>articles</th><th>overall</th>");
        for (String category : categories) {
            out.append("<th>").append(escape(category)).append("</th>");
        }
        out.append("</tr>\n");
        alphaRow(out, "all (pooled)", report.pooled().articles().size(), report.pooled().alphaU(), categories);
        for (AgreementReport.PairAgreement pair : report.pairs()) {
            alphaRow(out, pair.coderA() + " \u2013 " + pair.coderB(), pair.articles(), pair.alphaU(), categories);
        }
        out.append("</table>\n");
        if (!report.pooled().leftOut().isEmpty()) {
            out.append("<p>Left out of the pooled study (not coded by every coder): articles ")
                    .append(escape(report.pooled().leftOut().toString())).append(".</p>\n");
        }
        if (!report.coding().isEmpty()) {
            out.append("<table><caption>Attributes and document codes</caption><tr><th>field</th><th>items</th>")
                    .append("<th>percentage</th><th>Cohen's kappa</th><th>Fleiss' kappa</th><th>alpha nominal</th>")
                    .append("<th>alpha ordinal</th><th>alpha interval</th></tr>\n");
            for (AgreementReport.CodingAgreement study : report.coding()) {
                CodingMeasures.Result m = study.measures();
                String name = study.category() == null ? study.field() + " (document)" : study.category() + ": " + study.field();
                out.append("<tr><td>").append(escape(name)).append("</td><td>").append(String.valueOf(m.items())).append("</td>");
                for (Double value : new Double[] {m.percentage(), m.cohenKappa(), m.fleissKappa(), m.alphaNominal(),
                    m.alphaOrdinal(), m.alphaInterval()}) {
                    cell(out, value);
                }
                out.append("</tr>\n");
            }
            out.append("</table>\n");
        }
        if (!report.attribution().isEmpty()) {
            out.append("<table><caption>Attributions</caption><tr><th>coders</th><th>made</th><th>both</th>")
                    .append("<th>share both made</th><th>alpha_U of contents</th></tr>\n");
            for (AgreementReport.AttributionAgreement pair : report.attribution()) {
                out.append("<tr><td>").append(escape(pair.coderA() + " \u2013 " + pair.coderB())).append("</td><td>")
                        .append(pair.madeByA() + " / " + pair.madeByB()).append("</td><td>").append(String.valueOf(pair.both()))
                        .append("</td>");
                cell(out, pair.share());
                cell(out, pair.alphaU());
                out.append("</tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("<table><caption>alpha_U per article</caption><tr><th>article</th><th>coders</th><th>overall</th>");
        for (String category : categories) {
            out.append("<th>").append(escape(category)).append("</th>");
        }
        out.append("</tr>\n");
        for (AgreementReport.ArticleAgreement article : report.articles()) {
            out.append("<tr><td>").append(String.valueOf(article.id())).append(" ").append(escape(article.title()))
                    .append("</td><td>").append(escape(String.join(", ", article.coders()))).append("</td>");
            cell(out, article.alphaU().overall());
            for (String category : categories) {
                cell(out, article.alphaU().categories().get(category));
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n</body></html>\n");
    }

    private static void alphaRow(Appendable out, String label, int articles, AgreementReport.AlphaU alphaU,
            List<String> categories) throws IOException {
        out.append("<tr><td>").append(escape(label)).append("</td><td>").append(String.valueOf(articles)).append("</td>");
        cell(out, alphaU.overall());
        Map<String, Double> byCategory = alphaU.categories();
        for (String category : categories) {
            cell(out, byCategory.get(category));
        }
        out.append("</tr>\n");
    }

    private static void cell(Appendable out, Double value) throws IOException {
        out.append(value == null ? "<td class=\"none\">\u2013</td>" : "<td>" + String.format(Locale.ROOT, "%.3f", value) + "</td>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
