package org.newsmark.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.exporting.CodebookJsonWriter;
import org.newsmark.exporting.ExportFiles;
import org.newsmark.exporting.RefiQdaCodebookWriter;
import org.newsmark.model.Codebook;
import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmark codebook export}: the codebook as a file another project or another program reads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a project's codebook. Reads the project without changing it.",
                "json: the whole Newsmark codebook (categories with sub-categories, keys, roles and attributes; document fields).",
                "qdc: a REFI-QDA codebook for QualCoder, NVivo, ATLAS.ti, MAXQDA: categories with their colours, descriptions and nesting only."})
final class CodebookExportCommand implements Callable<Integer> {

    /** The formats this command writes, named by their usual file extensions. */
    enum Format { json, qdc }

    @Mixin
    ProjectOption project;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to this file (replaced only once it is complete) instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (ProjectStore store = project.openForReading(spec.commandLine().getErr())) {
            Codebook codebook = store.codebook();
            String name = CodebookCommand.codebookName(store);
            if (out == null) {
                write(codebook, name, spec.commandLine().getOut());
            } else {
                ExportFiles.write(store.file(), out, format.name(), writer -> {
                    write(codebook, name, writer);
                    return null;
                });
                spec.commandLine().getErr().println("Exported the codebook \"" + name + "\" ("
                        + codebook.categories().size() + " categories) to " + out);
            }
        }
        return 0;
    }

    private void write(Codebook codebook, String name, Writer writer) throws IOException {
        switch (format) {
            case json -> new CodebookJsonWriter().write(codebook, name, writer);
            case qdc -> new RefiQdaCodebookWriter().write(codebook, writer);
        }
    }
}
