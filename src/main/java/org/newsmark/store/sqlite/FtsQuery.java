package org.newsmark.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsmark.model.SearchQuery;

/**
 * A {@link SearchQuery} in SQLite FTS5's query language. Every word is quoted, so nothing a person
 * types can be read as an operator or break the syntax; the search index's own tokenizer then splits
 * and folds the quoted text exactly as it did the articles.
 */
final class FtsQuery {

    private FtsQuery() {
    }

    /** The query over article_fts (columns title, text, note). */
    static String forArticles(SearchQuery query) {
        return render(query, true);
    }

    /**
     * The query over annotation notes (one column), or empty when the search asks for a title or an
     * article's text, which no annotation note can satisfy.
     */
    static Optional<String> forAnnotationNotes(SearchQuery query) {
        boolean namesOtherField = query.wanted().stream()
                .anyMatch(term -> term.field() == SearchQuery.Field.TITLE || term.field() == SearchQuery.Field.TEXT);
        return namesOtherField ? Optional.empty() : Optional.of(render(query, false));
    }

    private static String render(SearchQuery query, boolean withFields) {
        List<String> wanted = new ArrayList<>();
        List<String> unwanted = new ArrayList<>();
        for (SearchQuery.Clause clause : query.clauses()) {
            String rendered = clause.alternatives().stream().map(term -> term(term, withFields))
                    .collect(Collectors.joining(" OR ", clause.alternatives().size() > 1 ? "(" : "",
                            clause.alternatives().size() > 1 ? ")" : ""));
            (clause.excluded() ? unwanted : wanted).add(rendered);
        }
        String match = "(" + String.join(" AND ", wanted) + ")";
        return unwanted.isEmpty() ? match : match + " NOT (" + String.join(" OR ", unwanted) + ")";
    }

    private static String term(SearchQuery.Term term, boolean withFields) {
        String phrase = "\"" + String.join(" ", term.words()) + "\"" + (term.prefix() ? "*" : "");
        if (!withFields || term.field() == SearchQuery.Field.ANY) {
            return phrase;
        }
        return term.field().name().toLowerCase(Locale.ROOT) + " : " + phrase;
    }
}
