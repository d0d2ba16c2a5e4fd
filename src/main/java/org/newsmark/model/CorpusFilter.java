package org.newsmark.model;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.Map;

/**
 * Which articles the corpus table shows, and the findings count: words in the title, outlet or byline;
 * one outlet; dates from and to (compared as written, so ISO dates such as 2024-08-12 sort and filter
 * as dates); annotated or not; a document code's value.
 *
 * @param codeField the document field to match, or -1; {@code codeValue} blank matches any value set
 */
public record CorpusFilter(String words, String outlet, String from, String to, Annotated annotated, long codeField,
        String codeValue) {

    public enum Annotated { ANY, YES, NO }

    public static final CorpusFilter NONE = new CorpusFilter("", null, "", "", Annotated.ANY, -1, "");

    public Predicate<CorpusRow> predicate() {
        return row -> matches(row.details(), row.annotations(), row.codes());
    }

    /** Whether an article with these details, this many annotations and these document codes is in. */
    public boolean matches(ArticleDetails details, int annotationCount, Map<Long, String> codes) {
        String needle = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        String fromDate = from == null ? "" : from.strip();
        String toDate = to == null ? "" : to.strip();
        String value = codeValue == null ? "" : codeValue.strip();
        if (!needle.isEmpty() && !contains(details.title(), needle) && !contains(details.source(), needle)
                && !contains(details.byline(), needle)) {
            return false;
        }
        if (outlet != null && !outlet.equals(details.source())) {
            return false;
        }
        String date = details.published() == null ? "" : details.published();
        if (!fromDate.isEmpty() && (date.isEmpty() || date.compareTo(fromDate) < 0)) {
            return false;
        }
        // "to 2024-08" includes the whole of August: compare only as much of the date as was typed
        if (!toDate.isEmpty() && (date.isEmpty()
                || date.substring(0, Math.min(date.length(), toDate.length())).compareTo(toDate) > 0)) {
            return false;
        }
        if (annotated == Annotated.YES && annotationCount == 0 || annotated == Annotated.NO && annotationCount > 0) {
            return false;
        }
        if (codeField >= 0) {
            String code = codes.get(codeField);
            return code != null && (value.isEmpty() || code.equalsIgnoreCase(value));
        }
        return true;
    }

    /** Whether this filter lets every article through. */
    public boolean isEmpty() {
        return matchesEverything(words) && outlet == null && matchesEverything(from) && matchesEverything(to)
                && (annotated == null || annotated == Annotated.ANY) && codeField < 0;
    }

    private static boolean matchesEverything(String text) {
        return text == null || text.isBlank();
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    public CorpusFilter withWords(String newWords) {
        return new CorpusFilter(newWords, outlet, from, to, annotated, codeField, codeValue);
    }

    public CorpusFilter withOutlet(String newOutlet) {
        return new CorpusFilter(words, newOutlet, from, to, annotated, codeField, codeValue);
    }

    public CorpusFilter withDates(String newFrom, String newTo) {
        return new CorpusFilter(words, outlet, newFrom, newTo, annotated, codeField, codeValue);
    }

    public CorpusFilter withAnnotated(Annotated newAnnotated) {
        return new CorpusFilter(words, outlet, from, to, newAnnotated, codeField, codeValue);
    }

    public CorpusFilter withCode(long newField, String newValue) {
        return new CorpusFilter(words, outlet, from, to, annotated, newField, newValue);
    }
}
