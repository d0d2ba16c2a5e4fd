package org.newsmark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.exporting.JsonlExporter;
import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark export}: the project's articles and annotations in an open format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a project's articles and annotations. Reads the project without changing it.",
                "jsonl: one JSON object per article, with its text and annotations; offsets count UTF-16 code units into \"text\", end exclusive (docs/schema.md).",
                "csv: one row per annotation (--links: one per link), every attribute a column, for R, pandas and spreadsheets (docs/findings.md).",
                "html: one article (--article ID) as a printable report with its highlights, attributions and annotations."})
final class ExportCommand implements Callable<Integer> {

    /** The formats this command writes. */
    enum Format { jsonl, csv, html }

    @Mixin
    ProjectOption project;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to this file (replaced only once the export is complete) instead of standard output.")
    Path out;

    @Option(names = "--links", description = "csv: one row per link instead of one per annotation.")
    boolean links;

    @Option(names = "--bom", description = "csv: start with a UTF-8 byte-order mark, for Excel.")
    boolean bom;

    @Option(names = "--article", paramLabel = "ID", description = "html: the article to report on.")
    Long article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format == Format.csv) {
            return AnnotationTableExport.csv(spec, project.file, out, links, bom, article);
        }
        if (format == Format.html) {
            return AnnotationTableExport.html(spec, project.file, out, article);
        }
        JsonlExporter exporter = new JsonlExporter();
        try (ProjectStore store = project.openForReading(spec.commandLine().getErr())) {
            if (out == null) {
                exporter.export(store, spec.commandLine().getOut());
            } else {
                int written = exporter.exportTo(store, out);
                spec.commandLine().getErr().println("Exported " + written + " articles to " + out);
            }
        }
        return 0;
    }
}
