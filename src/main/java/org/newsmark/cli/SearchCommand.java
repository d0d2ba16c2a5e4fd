package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.model.InvalidQueryException;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;
import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark search}: full-text search over a project's titles, texts and notes. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the titles, texts and notes of a project's articles.",
                "Prints one article per line, best first: id, title, outlet, date and the passage around the match "
                        + "(the match between \u00AB and \u00BB), separated by tabs; then annotations whose notes match.",
                "Words must all occur; \"a phrase\" in quotes; elect* for words beginning so; Trump OR Harris; "
                        + "-opinion to leave out; title:, text: or note: before a word to look only there.",
                "Reads the project without changing it, even while a window has it open."},
        footer = {"", "Exits 0 when something was found, 1 when nothing was, 2 when the search cannot be read."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Articles to print (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Articles to pass over first, for the next page.")
    int offset;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchQuery query;
        try {
            query = SearchQuery.parse(String.join(" ", words));
        } catch (InvalidQueryException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (ProjectStore store = project.openForReading(spec.commandLine().getErr())) {
            SearchResults results = store.search(query, Math.max(0, offset), Math.max(1, limit));
            for (SearchResults.Hit hit : results.articles()) {
                out.println(hit.articleId() + "\t" + plain(hit.title()) + "\t" + plain(hit.source()) + "\t"
                        + plain(hit.published()) + "\t" + (hit.inNote() ? "note: " : "") + marked(hit.snippet()));
            }
            for (SearchResults.NoteHit note : results.annotationNotes()) {
                out.println(note.articleId() + "\t" + plain(note.articleTitle()) + "\tannotation \u201C"
                        + plain(note.quoted()) + "\u201D\t\tnote: " + marked(note.snippet()));
            }
            err.println(results.summary(offset + results.articles().size()));
            err.flush();
            return results.articles().isEmpty() && results.annotationNotes().isEmpty() ? 1 : 0;
        } catch (InvalidQueryException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static String plain(String text) {
        return text == null ? "" : SearchResults.plain(text).replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String marked(String text) {
        return text == null ? "" : text.replace(SearchResults.MATCH_START, '\u00AB').replace(SearchResults.MATCH_END, '\u00BB')
                .replaceAll("[\\t\\r\\n]+", " ");
    }
}
