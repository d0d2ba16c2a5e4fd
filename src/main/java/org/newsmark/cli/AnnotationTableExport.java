package org.newsmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsmark.exporting.AnnotationCsvExporter;
import org.newsmark.exporting.ArticleReport;
import org.newsmark.exporting.ExportFiles;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code csv} and {@code html} formats of {@code newsmark export}: the annotations (or, with
 * {@code --links}, the links) as a tidy CSV table, or one article as a printable HTML report.
 */
final class AnnotationTableExport {

    private AnnotationTableExport() {
    }

    static int csv(CommandSpec spec, Path project, Path out, boolean links, boolean bom, Long article) throws IOException {
        if (article != null) {
            throw new ParameterException(spec.commandLine(), "--article is for --format html; csv exports every article.");
        }
        AnnotationCsvExporter exporter = new AnnotationCsvExporter(bom);
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            if (out == null) {
                PrintWriter writer = spec.commandLine().getOut();
                int written = links ? exporter.exportLinks(store, writer) : exporter.exportAnnotations(store, writer);
                spec.commandLine().getErr().println("Exported " + written + (links ? " links." : " annotations."));
            } else {
                int written = ExportFiles.write(project, out, "csv", writer -> links
                        ? exporter.exportLinks(store, writer) : exporter.exportAnnotations(store, writer));
                spec.commandLine().getErr().println("Exported " + written + (links ? " links" : " annotations") + " to " + out);
            }
        }
        return 0;
    }

    static int html(CommandSpec spec, Path project, Path out, Long article) throws IOException {
        if (article == null) {
            throw new ParameterException(spec.commandLine(), "--format html reports one article: give its id with --article ID "
                    + "(newsmark list shows the ids).");
        }
        ArticleReport report = new ArticleReport();
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            if (store.article(article).isEmpty()) {
                spec.commandLine().getErr().println("newsmark: there is no article " + article + " in " + project.getFileName()
                        + " (newsmark list shows the ids).");
                return 1;
            }
            if (out == null) {
                report.write(store, article, spec.commandLine().getOut());
            } else {
                ExportFiles.write(project, out, "html", writer -> {
                    report.write(store, article, writer);
                    return null;
                });
                spec.commandLine().getErr().println("Wrote the report of article " + article + " to " + out);
            }
        }
        return 0;
    }
}
