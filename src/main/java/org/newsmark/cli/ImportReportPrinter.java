package org.newsmark.cli;

import java.io.PrintWriter;
import org.newsmark.importing.ImportReport;
import org.newsmark.store.ProjectStore;

/**
 * Prints an import's report as tab-separated lines a script can read: one per article imported or
 * duplicated (standard output), one per record or file skipped (standard error), then the summary.
 */
final class ImportReportPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    ImportReportPrinter(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    void print(ImportReport report) {
        for (ImportReport.FileReport file : report.files()) {
            if (!quiet) {
                file.imported().forEach(article -> out.println("imported\t" + article.articleId() + "\t"
                        + place(file, article.where()) + "\t" + article.title()));
                file.duplicates().forEach(article -> out.println((article.merged().isEmpty() ? "duplicate" : "merged")
                        + "\t" + article.articleId() + "\t" + place(file, article.where()) + "\t" + duplicateNote(article)));
            }
            ProjectStore.WorkAdded merged = file.merged();
            if (!merged.isEmpty() || merged.alreadyThere() > 0) {
                out.println("merged\t" + file.file() + "\t" + merged.annotations() + " annotations, " + merged.links()
                        + " links, " + merged.codes() + " document codes added; " + merged.alreadyThere()
                        + " already in the project");
            }
            String kind = file.isNote() ? "note" : "skipped";
            file.skipped().forEach(skipped -> err.println(kind + "\t" + place(file, skipped.where()) + "\t" + skipped.reason()));
        }
        if (!report.codebookAdditions().isEmpty()) {
            out.println("added to the codebook: " + String.join(", ", report.codebookAdditions()));
        }
        out.println(report.summary());
        out.flush();
        err.flush();
    }

    private static String duplicateNote(ImportReport.Duplicate article) {
        ProjectStore.WorkAdded merged = article.merged();
        if (merged.isEmpty()) {
            return "already in the project as article " + article.articleId()
                    + (merged.alreadyThere() > 0 ? ", with this work" : "");
        }
        return "added to article " + article.articleId() + ": " + merged.annotations() + " annotations, "
                + merged.links() + " links, " + merged.codes() + " document codes";
    }

    private static String place(ImportReport.FileReport file, String where) {
        return where.isEmpty() ? file.file() : file.file() + " " + where;
    }
}
