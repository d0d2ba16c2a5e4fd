package org.newsmark.ui.corpus;

import java.util.Locale;
import java.util.function.Predicate;
import org.newsmark.model.CorpusRow;

/**
 * Which articles the corpus table shows: words in the title, outlet or byline; one outlet; dates from
 * and to (compared as written, so ISO dates such as 2024-08-12 sort and filter as dates); annotated
 * or not; a document code's value.
 *
 * @param codeField the document field to match, or -1; {@code codeValue} blank matches any value set
 */
public record CorpusFilter(String words, String outlet, String from, String to, Annotated annotated, long codeField,
        String codeValue) {

    public enum Annotated { ANY, YES, NO }

    public static final CorpusFilter NONE = new CorpusFilter("", null, "", "", Annotated.ANY, -1, "");

    public Predicate<CorpusRow> predicate() {
        String needle = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        String fromDate = from == null ? "" : from.strip();
        String toDate = to == null ? "" : to.strip();
        String value = codeValue == null ? "" : codeValue.strip();
        return row -> {
            if (!needle.isEmpty() && !contains(row.details().title(), needle) && !contains(row.details().source(), needle)
                    && !contains(row.details().byline(), needle)) {
                return false;
            }
            if (outlet != null && !outlet.equals(row.details().source())) {
                return false;
            }
            String date = row.details().published() == null ? "" : row.details().published();
            if (!fromDate.isEmpty() && (date.isEmpty() || date.compareTo(fromDate) < 0)) {
                return false;
            }
            // "to 2024-08" includes the whole of August: compare only as much of the date as was typed
            if (!toDate.isEmpty() && (date.isEmpty()
                    || date.substring(0, Math.min(date.length(), toDate.length())).compareTo(toDate) > 0)) {
                return false;
            }
            if (annotated == Annotated.YES && row.annotations() == 0 || annotated == Annotated.NO && row.annotations() > 0) {
                return false;
            }
            if (codeField >= 0) {
                String code = row.codes().get(codeField);
                return code != null && (value.isEmpty() || code.equalsIgnoreCase(value));
            }
            return true;
        };
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
