package org.newsmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.agreement.AgreementCalculator;
import org.newsmark.agreement.AgreementCsv;
import org.newsmark.agreement.AgreementHtml;
import org.newsmark.agreement.AgreementJson;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark agreement}: how alike the project's coders coded, as DKPro Statistics measures it. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Measure the agreement of a project's coders (merge their work in first with import).",
                "Spans: Krippendorff's unitizing alpha (alpha_U) per category and overall, per article, pooled over "
                        + "the articles every coder coded, and per pair of coders. Attributes and document codes: "
                        + "percentage agreement, Cohen's kappa (two coders), Fleiss' kappa, Krippendorff's alpha "
                        + "(nominal, ordinal, interval). Attributions: the share both coders made, and alpha_U of the "
                        + "attributed contents. The numbers equal DKPro Statistics' (docs/agreement.md says how the "
                        + "studies are built).",
                "Reads the project without changing it, even while a window has it open."},
        footer = {"", "Values that cannot be computed (fewer than two coders, no spans) are null in JSON and empty in CSV."})
final class AgreementCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    java.nio.file.Path outFile;

    @Option(names = "--coders", split = ",", paramLabel = "NAME[,NAME…]",
            description = "The coders to compare (default: every coder but the curator).")
    List<String> coders;

    @Option(names = "--categories", split = ",", paramLabel = "NAME[,NAME…]",
            description = "The categories to study, each with its sub-categories (default: every top-level category "
                    + "that has a span).")
    List<String> categories;

    @Option(names = "--article", paramLabel = "ID", description = "An article to study (repeat for more; default: all).")
    List<Long> articles;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), csv (one value a row) or html (a printable page of tables).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("json", "csv", "html").contains(format)) {
            throw new ParameterException(spec.commandLine(), "There is no format \"" + format + "\"; use json, csv or html");
        }
        PrintWriter err = spec.commandLine().getErr();
        AgreementReport report;
        try (ProjectStore store = project.openForReading(err)) {
            report = new AgreementCalculator(store).calculate(new AgreementQuery(coders, categories, articles), Progress.NONE);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // The file is opened only once there is something to write in it, so a refused study leaves none.
        PrintWriter out = outFile == null ? spec.commandLine().getOut()
                : new PrintWriter(java.nio.file.Files.newBufferedWriter(outFile, java.nio.charset.StandardCharsets.UTF_8));
        try {
            if (format.equals("json")) {
                AgreementJson.write(report, out);
                out.println();
            } else if (format.equals("csv")) {
                AgreementCsv.write(report, out);
            } else {
                AgreementHtml.write(report, project.file.getFileName().toString(), out);
            }
            out.flush();
        } finally {
            if (outFile != null) {
                out.close();
            }
        }
        if (report.coders().size() < 2) {
            err.println("newsmark: fewer than two coders to compare (" + (report.coders().isEmpty() ? "none"
                    + "" : String.join(", ", report.coders())) + "); merge another coder's work in with: newsmark import "
                    + "--project " + project.file + " OTHER.newsmark");
            return 1;
        }
        return 0;
    }
}
