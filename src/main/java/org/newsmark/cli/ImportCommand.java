package org.newsmark.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.importing.ArticleReaders;
import org.newsmark.importing.CodebookJsonReader;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.importing.web.UrlImport;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark import}: adds articles to a project, creating the project if needed. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import news articles into a project (created if it does not exist).",
                "Reads plain text and Markdown, saved web pages (.html), JSON, JSON Lines and CSV collections (one "
                        + "article per record, Newsmark's own JSON Lines export with its annotations), folders and "
                        + "web addresses (http, https). Use - to read one article from standard input.",
                "Reads other tools' annotated documents with their annotations: brat (name.txt with name.ann beside it), "
                        + "WebAnno TSV 3 from INCEpTION (.tsv), W3C Web Annotation (.jsonld, or .json with the page it "
                        + "annotates beside it), doccano JSON Lines. What each keeps is in docs/formats.md.",
                "Each article is imported whole or not at all; a text already in the project is not imported again.",
                "Another coder's work on an article already in the project (from their JSON Lines export or their "
                        + "project file, .newsmark) is added beside the project's own; merging the same file twice adds nothing.",
                "Works while a window has the project open: the import waits its turn for each write, and the window shows the new articles."},
        footer = {"", "Prints a line per article: imported (with its id), duplicate (with the id it duplicates) or "
                + "skipped (with where and why), then a summary.",
                "Exits 1 if anything was skipped (the rest is still imported)."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = {"-r", "--recursive"}, description = "Search folders through their sub-folders.")
    boolean recursive;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every file as this format (text, html, json, jsonl, csv, brat, webanno-tsv, w3c) instead of "
                    + "choosing by name and content.")
    String format;

    @Option(names = "--map", paramLabel = "PART=FIELD[,PART=FIELD…]",
            description = "Which fields of a collection's records hold the article's parts, e.g. "
                    + "title=headline,text=body,source=outlet,date=published_at,url=link,byline=author. "
                    + "Parts not named are found by their usual names; a part mapped to - is left empty.")
    String map;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of files that do not say (no byte-order mark or meta tag); default: ${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--codebook", paramLabel = "CODEBOOK", defaultValue = "news-sourcing",
            description = "The codebook a project created now starts with: news-sourcing (default), media-frames, "
                    + "or a Newsmark codebook file (.json). An existing project keeps its own.")
    String codebook;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Record the imported work (annotations, links, attribute values, document codes) as this coder's, "
                    + "and the articles as coded by them. Without it, work keeps the coder it names, and work naming none "
                    + "is the project's coder's. Use it to merge a coder's file whose work is recorded under a name "
                    + "another coder already has.")
    String annotator;

    @Option(names = {"-q", "--quiet"}, description = "Print only what was skipped and the summary.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER|URL|-", description = "What to import.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format != null && ArticleReaders.all().byFormat(format).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "There is no format \"" + format + "\"; the formats are "
                    + String.join(", ", ArticleReaders.all().formats()));
        }
        if (annotator != null && annotator.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--annotator needs a name");
        }
        ImportOptions options = new ImportOptions(charset(), mapping(), recursive, format, annotator);
        List<ImportInput> toImport = new ArrayList<>();
        for (String input : inputs) {
            toImport.add(input(input));
        }
        CodebookDraft startingCodebook = codebook();
        try (ProjectStore store = project.openForAdding(startingCodebook)) {
            ImportReport report = new CorpusImporter(store, ArticleReaders.all(), UrlImport.standard(), store.coder())
                    .run(toImport, options, CorpusImporter.Progress.NONE, () -> false);
            new ImportReportPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet).print(report);
            return report.skippedCount() > 0 || report.cancelledOrStopped() ? 1 : 0;
        }
    }

    private ImportInput input(String input) throws IOException {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || looksLikeAnAddress(input)) {
            // An address of another kind (file:, jar:, ftp:) is refused by the fetcher with the reason.
            return ImportInput.url(input);
        }
        if (input.equals("-")) {
            String text = new String(System.in.readAllBytes(), charset());
            return ImportInput.text("standard input", text);
        }
        return ImportInput.file(Path.of(input));
    }

    /** {@code scheme:…} with a scheme of two or more letters (one letter is a Windows drive) naming no file here. */
    private static boolean looksLikeAnAddress(String input) {
        return input.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:.*") && !java.nio.file.Files.exists(Path.of(input));
    }

    private FieldMapping mapping() {
        if (map == null) {
            return FieldMapping.AUTOMATIC;
        }
        try {
            return FieldMapping.parse(map);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
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
