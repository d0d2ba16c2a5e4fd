package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the text of a {@link SearchQuery}, token by token. */
final class SearchQueryParser {

    private final String text;
    private int at;

    SearchQueryParser(String text) {
        this.text = text;
    }

    List<SearchQuery.Clause> parse() {
        List<SearchQuery.Clause> clauses = new ArrayList<>();
        List<SearchQuery.Term> alternatives = new ArrayList<>();
        boolean excluded = false;
        boolean orPending = false;
        while (skipSpace()) {
            if (startsWithWord("OR")) {
                if (alternatives.isEmpty() || orPending) {
                    throw new InvalidQueryException("OR needs something to look for on each side, as in: Trump OR Musk");
                }
                at += 2;
                orPending = true;
                continue;
            }
            if (startsWithWord("AND")) {
                at += 3;
                continue;
            }
            boolean exclude = false;
            if (startsWithWord("NOT")) {
                at += 3;
                skipSpace();
                exclude = true;
            } else if (text.charAt(at) == '-' && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
                at++;
                exclude = true;
            }
            SearchQuery.Term term = term();
            if (term == null) {
                continue;
            }
            if (orPending) {
                if (exclude || excluded) {
                    throw new InvalidQueryException("Leave words out (-word) outside an OR: write Trump OR Musk -Biden");
                }
                alternatives.add(term);
                orPending = false;
            } else {
                if (!alternatives.isEmpty()) {
                    clauses.add(new SearchQuery.Clause(alternatives, excluded));
                }
                alternatives = new ArrayList<>(List.of(term));
                excluded = exclude;
            }
        }
        if (orPending) {
            throw new InvalidQueryException("OR needs something to look for on each side, as in: Trump OR Musk");
        }
        if (!alternatives.isEmpty()) {
            clauses.add(new SearchQuery.Clause(alternatives, excluded));
        }
        return clauses;
    }

    /** The next word or phrase, with its field and prefix mark; null when it holds no letters or digits. */
    private SearchQuery.Term term() {
        SearchQuery.Field field = field();
        if (at < text.length() && text.charAt(at) == '"') {
            int close = text.indexOf('"', at + 1);
            if (close < 0) {
                throw new InvalidQueryException("A phrase is missing its closing quote: " + text.substring(at).strip() + "\"");
            }
            List<String> words = words(text.substring(at + 1, close));
            at = close + 1;
            boolean prefix = at < text.length() && text.charAt(at) == '*';
            if (prefix) {
                at++;
            }
            if (words.isEmpty()) {
                return null;
            }
            return new SearchQuery.Term(words, prefix, field);
        }
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '"') {
            at++;
        }
        String word = text.substring(start, at);
        boolean prefix = word.endsWith("*");
        String bare = prefix ? word.substring(0, word.length() - 1) : word;
        if (bare.contains("*")) {
            throw new InvalidQueryException("A * goes at the end of a word, as in elect* (which finds election, elected\u2026)");
        }
        List<String> words = words(bare);
        if (words.isEmpty()) {
            if (prefix) {
                throw new InvalidQueryException("A * goes at the end of a word, as in elect* (which finds election, elected\u2026)");
            }
            return null;
        }
        return new SearchQuery.Term(words, prefix, field);
    }

    /** "title:" and the like before a term. */
    private SearchQuery.Field field() {
        for (SearchQuery.Field field : List.of(SearchQuery.Field.TITLE, SearchQuery.Field.TEXT, SearchQuery.Field.NOTE)) {
            String name = field.name().toLowerCase(Locale.ROOT) + ":";
            if (text.regionMatches(true, at, name, 0, name.length())) {
                at += name.length();
                return field;
            }
        }
        return SearchQuery.Field.ANY;
    }

    /** The words in a piece of text, split where the search index splits them: at anything but letters and digits. */
    static List<String> words(String piece) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        piece.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private boolean skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length();
    }

    /** An operator is upper case and stands alone, so "or" and "Oregon" are words. */
    private boolean startsWithWord(String operator) {
        int end = at + operator.length();
        return text.startsWith(operator, at) && (end == text.length() || Character.isWhitespace(text.charAt(end)));
    }
}
