package org.newsmark.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmark.analysis.ClaimRow;
import org.newsmark.analysis.CodeRow;
import org.newsmark.analysis.Findings;
import org.newsmark.analysis.FindingsIndex;
import org.newsmark.analysis.VoiceRow;
import org.newsmark.exporting.ExportFiles;
import org.newsmark.exporting.TableJson;
import org.newsmark.exporting.TidyCsv;
import org.newsmark.model.CorpusFilter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark report voices|claims|codes}: the findings tables the window shows, for scripts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print a findings table of a project: the same numbers as the window's Findings views.",
                "voices: who gets a voice, per outlet (and all) and per speaker, speaker type and outlet.",
                "claims: every claim and quote with its article, speaker and attributes.",
                "codes: counts of every category and document code per outlet and month.",
                "Columns and definitions: docs/findings.md. Reads the project without changing it."},
        footer = {"", "CSV goes to standard output (or --out) and notes on what the table leaves out to standard error;",
                "JSON is one object with \"scope\", \"columns\", \"notes\" and \"rows\"."})
final class ReportCommand implements Callable<Integer> {

    enum Table { voices, claims, codes }

    enum Format { csv, json }

    @Parameters(index = "0", paramLabel = "TABLE", description = "voices, claims or codes.")
    Table table;

    @Mixin
    ProjectOption project;

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only the articles of this outlet.")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this date (2024-01-01, 2024-01).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published up to this date, inclusive (2024-12-31, 2024-12).")
    String to;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default) or json.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to this file (replaced only once it is complete) instead of standard output.")
    Path out;

    @Option(names = "--coders", paramLabel = "NAME", split = ",",
            description = "Count only these coders' work (curator: the gold version); every coder's without it.")
    List<String> coders = new ArrayList<>();

    @Option(names = "--bom", description = "Start CSV with a UTF-8 byte-order mark, for Excel.")
    boolean bom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CorpusFilter scope = new CorpusFilter("", blankToNull(outlet), nonNull(from), nonNull(to),
                CorpusFilter.Annotated.ANY, -1, "");
        Findings findings;
        try (ProjectStore store = SqliteProjectStore.open(project.file, OpenMode.READ_ONLY)) {
            checkCoders(store);
            findings = new FindingsIndex(store.codebook(), store.people(),
                    coders.isEmpty() ? store.codedArticles() : store.codedArticles(coders)).findings(scope);
        }
        List<String> columns = switch (table) {
            case voices -> VoiceRow.COLUMNS;
            case claims -> ClaimRow.COLUMNS;
            case codes -> CodeRow.COLUMNS;
        };
        List<List<Object>> rows = new ArrayList<>();
        switch (table) {
            case voices -> findings.voices().forEach(row -> rows.add(row.cells()));
            case claims -> findings.claims().forEach(row -> rows.add(row.cells()));
            case codes -> findings.codes().forEach(row -> rows.add(row.cells()));
        }
        if (out == null) {
            write(spec.commandLine().getOut(), findings, columns, rows);
        } else {
            ExportFiles.write(project.file, out, format.name(), writer -> {
                write(writer, findings, columns, rows);
                return null;
            });
            spec.commandLine().getErr().println("Wrote " + rows.size() + " rows to " + out);
        }
        if (format == Format.csv) {
            findings.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
        }
        return 0;
    }

    /** A coder named in --coders who coded nothing in the project is a typo, not a table of zeros. */
    private void checkCoders(ProjectStore store) {
        java.util.SortedSet<String> known = store.coders();
        for (String coder : coders) {
            if (!known.contains(coder)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "No coder named \"" + coder
                        + "\" coded anything in " + project.file.getFileName() + "; its coders are "
                        + (known.isEmpty() ? "none yet" : String.join(", ", known)) + ".");
            }
        }
    }

    private void write(Writer writer, Findings findings, List<String> columns, List<List<Object>> rows) throws IOException {
        if (format == Format.json) {
            Map<String, Object> scope = new LinkedHashMap<>();
            scope.put("outlet", blankToNull(outlet));
            scope.put("from", blankToNull(from));
            scope.put("to", blankToNull(to));
            scope.put("articles", findings.articlesInScope());
            scope.put("articles_in_project", findings.articles());
            if (!coders.isEmpty()) {
                scope.put("coders", coders);
            }
            TableJson.write(writer, table.name(), scope, columns, findings.notes(), rows);
            return;
        }
        try (TidyCsv csv = new TidyCsv(writer, columns, bom)) {
            for (List<Object> row : rows) {
                csv.row(row);
            }
        }
        writer.flush();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }
}
