package org.newsmark.ui.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.model.TextSpans;

/**
 * Finds text in the current article, ignoring case, and steps through the matches. Offsets are
 * those of the article text, so a match can be selected and tagged like any selection.
 */
public final class FindViewModel {

    private final Supplier<String> text;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String searchedText;
    private String searchedQuery;
    private List<Integer> matches = List.of();

    /** @param text the text to search, asked for at each search since the article may change */
    public FindViewModel(Supplier<String> text) {
        this.text = text;
        query.addListener((observable, before, after) -> status.set(""));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** "2 of 5", "No matches", or empty before a search. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The first match starting after {@code caret}, wrapping round to the top. */
    public Optional<TextSpans.Range> next(int caret) {
        List<Integer> found = search();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) >= caret) {
                return select(i);
            }
        }
        return found.isEmpty() ? Optional.empty() : select(0);
    }

    /** The last match starting before {@code selectionStart}, wrapping round to the bottom. */
    public Optional<TextSpans.Range> previous(int selectionStart) {
        List<Integer> found = search();
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i) < selectionStart) {
                return select(i);
            }
        }
        return found.isEmpty() ? Optional.empty() : select(found.size() - 1);
    }

    private Optional<TextSpans.Range> select(int index) {
        status.set((index + 1) + " of " + matches.size());
        int start = matches.get(index);
        return Optional.of(new TextSpans.Range(start, start + searchedLength()));
    }

    private int searchedLength() {
        return searchedQuery.length();
    }

    private List<Integer> search() {
        String haystack = text.get();
        String needle = query.get();
        if (haystack == null || needle == null || needle.isEmpty()) {
            status.set("");
            return List.of();
        }
        if (!haystack.equals(searchedText) || !needle.equals(searchedQuery)) {
            List<Integer> found = new ArrayList<>();
            Matcher matcher = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(haystack);
            while (matcher.find()) {
                if (matcher.end() - matcher.start() == needle.length()) {
                    found.add(matcher.start());
                }
            }
            searchedText = haystack;
            searchedQuery = needle;
            matches = found;
        }
        if (matches.isEmpty()) {
            status.set("No matches");
        }
        return matches;
    }
}
