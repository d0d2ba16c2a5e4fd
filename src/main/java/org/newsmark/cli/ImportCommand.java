package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.importing.CodebookJsonReader;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.importing.TextFileImporter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark import}: adds text files to a project, creating the project if needed. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import plain-text news articles into a project (created if it does not exist).",
                "Each file is imported whole or not at all; the same text is never imported twice. A folder imports the .txt files directly inside it."},
        footer = {"", "Prints one line per file: imported, duplicate or failed with the reason.",
                "Exits 1 if any file failed (the others are still imported)."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of files without a byte-order mark (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--codebook", paramLabel = "CODEBOOK", defaultValue = "news-sourcing",
            description = "The codebook a project created now starts with: news-sourcing (default), media-frames, "
                    + "or a Newsmark codebook file (.json). An existing project keeps its own.")
    String codebook;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files or folders to import.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Charset charset = charset();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CodebookDraft startingCodebook = codebook();
        try (ProjectStore store = SqliteProjectStore.open(project.file, OpenMode.CREATE_OR_OPEN, startingCodebook)) {
            ImportReport report = new TextFileImporter(store, charset).importPaths(files);
            for (ImportReport.Entry entry : report.entries()) {
                switch (entry.outcome()) {
                    case IMPORTED -> out.println("imported\t" + entry.articleId() + "\t" + entry.file() + "\t" + entry.title());
                    case DUPLICATE -> out.println("duplicate\t" + entry.articleId() + "\t" + entry.file() + "\t" + entry.message());
                    case FAILED -> err.println("failed\t" + entry.file() + "\t" + entry.message());
                }
            }
            out.println(report.summary());
            return report.anyFailed() ? 1 : 0;
        }
    }

    private CodebookDraft codebook() {
        switch (codebook) {
            case "news-sourcing":
                return Codebooks.newsSourcing();
            case "media-frames":
                return Codebooks.mediaFrames();
            default:
                try {
                    return new CodebookJsonReader().read(Path.of(codebook));
                } catch (ImportException e) {
                    throw new ParameterException(spec.commandLine(), "The codebook " + codebook + " cannot be used: "
                            + e.getMessage() + " (built in: news-sourcing, media-frames)");
                }
        }
    }

    private Charset charset() {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), "Unknown encoding: " + encoding);
        }
    }
}
