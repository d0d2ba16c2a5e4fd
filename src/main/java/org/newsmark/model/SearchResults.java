package org.newsmark.model;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One page of a full-text search over the corpus.
 *
 * @param articles        the articles found, best first (or latest first, when not {@code ranked})
 * @param total           how many articles match, counted up to {@code countLimit}
 * @param countLimit      the most that is counted; {@code total == countLimit} reads as "at least"
 * @param ranked          whether the articles are ordered by relevance; a search that matches more
 *                        articles than are counted is shown latest first, since a word in nearly every
 *                        article tells nothing about which is most relevant
 * @param annotationNotes annotations whose notes match, best first
 */
public record SearchResults(List<Hit> articles, long total, long countLimit, boolean ranked, List<NoteHit> annotationNotes) {

    /** Marks the start and end of a match in {@link Hit#title()} and {@link Hit#snippet()}. */
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';

    /**
     * An article found.
     *
     * @param title   the title, matches marked
     * @param snippet the passage of the text (or the note, when {@code inNote}) around the best match, matches marked
     */
    public record Hit(long articleId, String title, String source, String published, String snippet, boolean inNote) {
    }

    /** An annotation whose note matches: opens the article at the annotation. */
    public record NoteHit(long articleId, String articleTitle, UUID annotationId, String quoted, String snippet) {
    }

    public SearchResults {
        articles = List.copyOf(articles);
        annotationNotes = List.copyOf(annotationNotes);
    }

    public boolean atLeast() {
        return total >= countLimit;
    }

    /**
     * How many articles match, in what order, and how many of them are shown: "12 articles match,
     * best first (first 50 shown)."
     */
    public String summary(int shown) {
        if (total == 0 && annotationNotes.isEmpty()) {
            return "Nothing matches.";
        }
        String count = atLeast() ? String.format(Locale.ROOT, "More than %,d articles match", countLimit - 1)
                : String.format(Locale.ROOT, "%,d %s", total, total == 1 ? "article matches" : "articles match");
        String order = total == 0 ? "" : ranked ? ", best first" : ", latest first: too many to rank; add words to narrow the search";
        String notes = annotationNotes.isEmpty() ? ""
                : String.format(Locale.ROOT, "; %d annotation %s", annotationNotes.size(), annotationNotes.size() == 1 ? "note" : "notes");
        String page = shown < total ? String.format(Locale.ROOT, " (first %,d shown)", shown) : "";
        return count + order + notes + page + ".";
    }

    /** The text with the match marks taken out. */
    public static String plain(String marked) {
        return marked == null ? null : marked.replace(String.valueOf(MATCH_START), "").replace(String.valueOf(MATCH_END), "");
    }
}
