package org.newsmark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ExportException;
import org.newsmark.exporting.ExportFileNames;
import org.newsmark.exporting.ExportFolders;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.TextDecoder;
import org.newsmark.model.Article;
import org.newsmark.model.Person;
import org.newsmark.store.ProjectStore;
import org.newsmark.suggest.AttributionSuggester;
import org.newsmark.suggest.Suggestions;
import org.newsmark.suggest.SuggestionsAsBrat;
import org.newsmark.suggest.SuggestionsAsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsmark suggest}: the attributions Newsmark suggests for a project's articles or for text
 * files, written for another tool or for scoring against a corpus (docs/suggestions.md).
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Suggest the attributions (who said what, by which cue) of a project's articles or of text files, "
                + "as brat files or JSON Lines. Reads the project without changing it.",
                "brat: NAME.txt (a text file's text exactly as read, so offsets stay comparable) and NAME.ann per article, "
                        + "with Source, Cue and Content spans and one Attribution event per attribution; offsets count "
                        + "code points. jsonl: suggestions.jsonl, one article a line (fields in docs/suggestions.md).",
                "--out is a new or empty folder, or an earlier output of Newsmark's, which is replaced once the new one "
                        + "is complete."})
final class SuggestCommand implements Callable<Integer> {

    /** The formats {@code --format} accepts. */
    enum Format { brat, jsonl }

    static final String JSONL_FILE = "suggestions.jsonl";

    @Option(names = {"-p", "--project"}, paramLabel = "FILE",
            description = "The project (.newsmark) whose articles to read, with the people of its speaker registry.")
    Path project;

    @Option(names = "--article", paramLabel = "ID", split = ",",
            description = "With --project: only this article (by the id `list` shows); may be given several times.")
    List<Long> articles = new ArrayList<>();

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write.")
    Path out;

    @Parameters(paramLabel = "FILE.txt", arity = "0..*",
            description = "UTF-8 text files to read instead of a project: a line break ends a paragraph.")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final AttributionSuggester suggester = new AttributionSuggester();
    private final ObjectMapper json = new ObjectMapper();

    /** One article or text file read: its name in the output, its project id (or null) and its text. */
    private record Input(String name, Long article, String text) {
    }

    /** Where the inputs come from: read one by one as the output is written. */
    private interface Inputs {
        List<Person> people();

        int count();

        Input read(int index) throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        if ((project == null) == files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), project == null
                    ? "Name a project with --project FILE, or the text files to read."
                    : "Read either a project (--project) or text files, not both.");
        }
        if (project == null && !articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--article chooses a project's articles: it needs --project FILE.");
        }
        if (project != null) {
            if (!Files.exists(project)) {
                throw new ExportException("There is no project " + project + ".");
            }
            try (ProjectStore store = ProjectOption.openForReading(project, spec.commandLine().getErr())) {
                return write(project, projectInputs(store));
            }
        }
        return write(files.get(0), fileInputs());
    }

    private int write(Path reading, Inputs inputs) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        for (Path file : files) {
            if (file.toAbsolutePath().normalize().startsWith(target)) {
                throw new ExportException("Not writing to " + out + ": " + file + " is in it. Choose a new or empty folder.");
            }
        }
        int[] attributions = {0};
        int written = ExportFolders.write(reading, out, "suggestions (" + format + ")", folder -> {
            if (format == Format.brat) {
                Files.writeString(folder.resolve("annotation.conf"), SuggestionsAsBrat.annotationConf());
                for (int i = 0; i < inputs.count(); i++) {
                    Input input = inputs.read(i);
                    Suggestions found = suggester.suggest(input.text(), inputs.people());
                    attributions[0] += found.attributions().size();
                    Files.writeString(folder.resolve(input.name() + ".txt"), input.text(), StandardCharsets.UTF_8);
                    Files.writeString(folder.resolve(input.name() + ".ann"), SuggestionsAsBrat.ann(input.text(), found),
                            StandardCharsets.UTF_8);
                }
            } else {
                try (Writer lines = Files.newBufferedWriter(folder.resolve(JSONL_FILE), StandardCharsets.UTF_8)) {
                    for (int i = 0; i < inputs.count(); i++) {
                        Input input = inputs.read(i);
                        Suggestions found = suggester.suggest(input.text(), inputs.people());
                        attributions[0] += found.attributions().size();
                        lines.write(json.writeValueAsString(SuggestionsAsJson.of(input.name(), input.article(), input.text(),
                                found)));
                        lines.write('\n');
                    }
                }
            }
            return inputs.count();
        });
        spec.commandLine().getErr().println("Suggested " + attributions[0] + (attributions[0] == 1 ? " attribution" : " attributions")
                + " in " + written + (written == 1 ? " article" : " articles") + ", written as " + format + " to " + out);
        return 0;
    }

    private Inputs projectInputs(ProjectStore store) throws IOException {
        List<Long> ids = ArticleSelection.of(articles).resolve(store);
        List<Person> people = store.people();
        ExportFileNames names = new ExportFileNames();
        return new Inputs() {
            @Override
            public List<Person> people() {
                return people;
            }

            @Override
            public int count() {
                return ids.size();
            }

            @Override
            public Input read(int index) throws IOException {
                long id = ids.get(index);
                Article article = store.article(id).orElseThrow(() -> new ExportException("Article " + id + " left "
                        + store.file().getFileName() + " while its suggestions were being written."));
                return new Input(names.nameFor(article), id, article.text());
            }
        };
    }

    private Inputs fileInputs() {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>(Set.of("annotation"));
        for (Path file : files) {
            String base = baseName(file);
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            names.add(name);
        }
        return new Inputs() {
            @Override
            public List<Person> people() {
                return List.of();
            }

            @Override
            public int count() {
                return files.size();
            }

            @Override
            public Input read(int index) throws IOException {
                return new Input(names.get(index), null, readText(files.get(index)));
            }
        };
    }

    /**
     * A text file's text exactly as its bytes say, line ends and all, so that the offsets written
     * are offsets of the file (less a byte-order mark, which is not text).
     */
    private static String readText(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ExportException(file + " is a folder; name the text files in it.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("There is no file " + file + ".", e);
        }
        try {
            String text = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw new ImportException("the file is empty");
            }
            return text;
        } catch (ImportException e) {
            // the command reads UTF-8 only, so the decoder's advice to name another encoding does not apply
            String why = e.getMessage().replace("; save it as UTF-8 or name its encoding", "; save it as UTF-8");
            throw new IOException("Cannot suggest attributions for " + file + ": " + why + ".", e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+", "");
    }
}
