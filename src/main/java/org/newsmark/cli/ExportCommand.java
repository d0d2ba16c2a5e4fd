package org.newsmark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.exporting.ProjectExporters;
import org.newsmark.exporting.StreamExporter;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsmark export}: the project's articles and annotations in a format another tool reads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a project's articles and annotations for another tool. Reads the project without changing "
                + "it, even while a window has it open.",
                "Folder formats write one or two files per article into --out, a new or empty folder (or an earlier export, "
                        + "which is replaced once the new one is complete). File formats write --out, or standard output.",
                "What each format keeps and loses is in docs/formats.md; csv and html are described in docs/findings.md."})
final class ExportCommand implements Callable<Integer> {

    /** The formats this command writes itself, besides the exporters' (docs/findings.md). */
    private static final List<String> TABLES = List.of("csv", "html");

    /** The names {@code --format} accepts, for picocli's completion and the usage message. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> formats = new ArrayList<>(ProjectExporters.all().formats());
            formats.addAll(TABLES);
            return formats.iterator();
        }
    }

    @Mixin
    ProjectOption project;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR|FILE",
            description = "The folder (brat, webanno-tsv, w3c) or file (doccano, jsonl) to write; a file is replaced only "
                    + "once the export is complete. File formats write to standard output without it.")
    Path out;

    @Option(names = "--article", paramLabel = "ID", split = ",",
            description = "Export only this article (by the id `list` shows); may be given several times. "
                    + "html: the one article to report on.")
    List<Long> articles = new ArrayList<>();

    @Option(names = "--coders", paramLabel = "NAME", split = ",",
            description = "Export only these coders' annotations, links and document codes (curator: the gold version); "
                    + "every coder's without it. Not for csv and html.")
    List<String> coders = new ArrayList<>();

    @Option(names = "--links", description = "csv: one row per link instead of one per annotation.")
    boolean links;

    @Option(names = "--bom", description = "csv: start with a UTF-8 byte-order mark, for Excel.")
    boolean bom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (TABLES.contains(format)) {
            if (!coders.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--coders chooses whose work the exchange formats ("
                        + String.join(", ", ProjectExporters.all().formats()) + ") write; --format " + format + " writes every coder's.");
            }
            if (articles.size() > 1) {
                throw new ParameterException(spec.commandLine(), "--format " + format + " takes at most one --article.");
            }
            Long article = articles.isEmpty() ? null : articles.get(0);
            return format.equals("csv") ? AnnotationTableExport.csv(spec, project.file, out, links, bom, article)
                    : AnnotationTableExport.html(spec, project.file, out, article);
        }
        ProjectExporter exporter = ProjectExporters.all().byFormat(format).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "Invalid value for option '--format': there is no export format \""
                        + format + "\"; the formats are " + String.join(", ", new Formats())));
        if (out == null && !(exporter instanceof StreamExporter)) {
            throw new ParameterException(spec.commandLine(), "The " + exporter.format()
                    + " export is a folder: name it with --out DIR.");
        }
        ArticleSelection selection = ArticleSelection.of(articles).withCoders(coders);
        try (ProjectStore store = project.openForReading(spec.commandLine().getErr())) {
            checkCoders(store);
            if (out == null) {
                ((StreamExporter) exporter).write(store, selection, spec.commandLine().getOut(), Progress.NONE);
            } else {
                int written = exporter.export(store, selection, out, Progress.NONE);
                spec.commandLine().getErr().println("Exported " + written + (written == 1 ? " article" : " articles")
                        + " as " + exporter.format() + " to " + out);
            }
        }
        return 0;
    }

    /** A coder named in --coders who coded nothing in the project is a typo, not an empty export. */
    private void checkCoders(ProjectStore store) {
        java.util.SortedSet<String> known = store.coders();
        for (String coder : coders) {
            if (!known.contains(coder)) {
                throw new ParameterException(spec.commandLine(), "No coder named \"" + coder + "\" coded anything in "
                        + project.file.getFileName() + "; its coders are " + (known.isEmpty() ? "none yet" : String.join(", ", known)) + ".");
            }
        }
    }

    /** The formats and what each keeps, the footer of {@code export --help}. */
    static String[] formatList() {
        List<String> lines = new ArrayList<>(List.of("", "Formats:"));
        for (ProjectExporter exporter : ProjectExporters.all().exporters()) {
            lines.add("  " + exporter.format() + " (" + (exporter.layout() == ProjectExporter.Layout.FOLDER ? "folder" : "file")
                    + "): " + exporter.description().replace("%", "%%"));
        }
        lines.add("  csv (file): one row per annotation (--links: one per link), every attribute a column, for R, pandas "
                + "and spreadsheets (docs/findings.md)");
        lines.add("  html (file): one article (--article ID) as a printable report with its highlights, attributions "
                + "and annotations");
        return lines.toArray(String[]::new);
    }
}
