package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A search as a researcher types it: words (every one must occur), "a phrase", a prefix such as
 * elect*, alternatives joined by OR, words to leave out marked with a minus (-opinion), and a part
 * of the article named before a colon (title:, text:, note:). Parsing it here, rather than handing
 * the text to the search engine, means punctuation in a word (U.S., don't, #MeToo) is just text and a
 * mistake gets a message that says what to type instead.
 */
public final class SearchQuery {

    /** Where a term must occur; {@code ANY} is title, text or note. */
    public enum Field { ANY, TITLE, TEXT, NOTE }

    /**
     * One thing to look for.
     *
     * @param words  the words, in order (a phrase when there are several)
     * @param prefix whether the last word may continue (elect* finds election)
     */
    public record Term(List<String> words, boolean prefix, Field field) {
        public Term {
            words = List.copyOf(words);
            Objects.requireNonNull(field, "field");
        }
    }

    /** Terms any one of which may occur (a single term without OR); {@code excluded} when none may. */
    public record Clause(List<Term> alternatives, boolean excluded) {
        public Clause {
            alternatives = List.copyOf(alternatives);
        }
    }

    private final String text;
    private final List<Clause> clauses;

    private SearchQuery(String text, List<Clause> clauses) {
        this.text = text;
        this.clauses = List.copyOf(clauses);
    }

    /** Reads what the person typed; a mistake is an {@link InvalidQueryException} saying what to type instead. */
    public static SearchQuery parse(String text) {
        List<Clause> clauses = new SearchQueryParser(text == null ? "" : text).parse();
        if (clauses.isEmpty()) {
            throw new InvalidQueryException("Type a word to search for.");
        }
        if (clauses.stream().allMatch(Clause::excluded)) {
            throw new InvalidQueryException("Add a word to look for: a search cannot be only words to leave out (-word).");
        }
        return new SearchQuery(text.strip(), clauses);
    }

    /** What was typed, tidied. */
    public String text() {
        return text;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    /** The terms to find (not those left out), for highlighting. */
    public List<Term> wanted() {
        List<Term> terms = new ArrayList<>();
        clauses.stream().filter(clause -> !clause.excluded()).forEach(clause -> terms.addAll(clause.alternatives()));
        return terms;
    }

    @Override
    public String toString() {
        return text.toLowerCase(Locale.ROOT);
    }
}
