package org.newsmark.suggest;

import java.util.List;
import java.util.Set;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.Words.Word;

/**
 * Finds the source phrase next to a cue. Before a cue ("Andrew Hay from IT firm Damovo said"), the
 * source runs back to the nearest clause boundary: the start of the sentence, a closing quotation
 * mark, a semicolon, or a word that starts a clause ("but", "while", "that"…; after ", who" the
 * source is the name before the comma). An introductory phrase set off by a comma ("However,",
 * "Speaking in the parents' defense,") and adverbs or auxiliaries right before the cue ("also",
 * "has", "personally") are left out; commas inside are kept, so an apposition stays with its name.
 * A phrase starting with a lower-case preposition is no source. After a cue ("said Mr Musk in one
 * exchange"), the source runs to the end of the sentence or to a phrase of time, place or manner
 * ("in one exchange", "on Monday", "who…").
 */
final class SourcePhrases {

    private static final Set<String> CLAUSE_WORDS = Set.of("but", "and", "while", "whereas", "although", "though",
            "because", "since", "so", "yet", "as", "when", "where", "if", "unless", "until", "that", "which", "who",
            "what", "whether", "how", "why",
            "whom", "than", "after", "before");

    private static final Set<String> RELATIVES = Set.of("who", "whose", "which");

    /**
     * The most characters a source before its cue is looked for in: names with long appositions run to
     * about 150 ("Anthony Lim, Director of the Centre for … in Singapore"); the bound keeps reading a
     * sentence linear.
     */
    private static final int LONGEST_SOURCE = 300;

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "so", "then", "yet");

    /** Auxiliaries that make a stretch a clause: a source holds none outside its relative clauses. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "were", "are", "had", "has", "have", "will",
            "would", "could", "should", "can", "may", "might", "must", "did", "does", "do");

    private static final Set<String> INTRODUCTIONS = Set.of("however", "but", "and", "yet", "still", "meanwhile",
            "also", "instead", "separately", "nevertheless", "nonetheless", "moreover", "furthermore", "indeed", "now",
            "then", "later", "earlier", "yesterday", "today", "tonight", "recently", "previously", "finally",
            "eventually", "allegedly", "reportedly", "similarly", "likewise", "additionally", "in", "on", "at", "by",
            "after", "before", "during", "when", "while", "as", "since", "last", "this", "for", "under", "over",
            "despite", "following", "asked", "so", "thus", "therefore", "again", "unlike", "like", "once", "with");

    private static final Set<String> BEFORE_THE_CUE = Set.of("also", "however", "meanwhile", "then", "later",
            "earlier", "recently", "previously", "yesterday", "today", "now", "again", "once", "still", "further",
            "too", "repeatedly", "reportedly", "allegedly", "publicly", "privately", "openly", "initially",
            "originally", "subsequently", "immediately", "simply", "similarly", "separately", "likewise", "first",
            "finally", "frequently", "often", "always", "never", "already", "has", "have", "had", "will", "would",
            "could", "may", "might", "should", "can", "did", "does", "do", "not", "twice");

    /** Words in -ly that end a source as nouns rather than stand before the cue as adverbs. */
    private static final Set<String> NOUNS_IN_LY = Set.of("family", "assembly", "ally", "rally", "supply",
            "monopoly", "anomaly", "reply", "daily", "weekly", "monthly", "quarterly", "bully");

    /** A source never starts with one of these in lower case ("from Braverman is forthcoming"). */
    private static final Set<String> PREPOSITIONS = Set.of("from", "of", "to", "for", "with", "by", "in", "on",
            "at", "into", "about");

    private static final Set<String> ENDS_A_SOURCE = Set.of("yesterday", "today", "tonight", "earlier", "later",
            "last", "this", "when", "while", "as", "because", "who", "which", "adding", "saying", "explaining",
            "recently", "afterwards", "again", "that");

    private static final Set<String> PREPOSITIONS_OF_CIRCUMSTANCE = Set.of("in", "on", "at", "during", "after",
            "before", "following", "over", "via", "to");

    private static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private SourcePhrases() {
    }

    /** The source ending right before a cue at {@code cueStart}, looking back no further than {@code from}. */
    static Range before(String text, List<Word> words, List<Range> quotations, int from, int cueStart) {
        int start = Math.max(from, cueStart - LONGEST_SOURCE);
        while (start > from && start < cueStart && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        for (Range quotation : quotations) {
            if (quotation.end() <= cueStart && quotation.end() > start) {
                start = quotation.end();
            }
        }
        for (int i = cueStart - 1; i >= start; i--) {
            if (text.charAt(i) == ';' && !Quotations.within(quotations, i)) {
                start = i + 1;
                break;
            }
        }
        Word boundary = null;
        int insideRelativeClause = -1;
        int lastComma = -1;
        for (int i = cueStart - 1; i >= start; i--) {
            if (text.charAt(i) == ',') {
                lastComma = i;
                break;
            }
        }
        for (int w = Words.indexFrom(words, start); w < words.size(); w++) {
            Word word = words.get(w);
            if (word.end() > cueStart) {
                break;
            }
            if (word.start() < insideRelativeClause) {
                continue;
            }
            if (lastComma > word.end() && RELATIVES.contains(word.lower())) {
                int comma = topLevelComma(text, word.end(), cueStart);
                if (comma >= 0 && closesTheSource(text, comma, cueStart)) {
                    insideRelativeClause = comma;
                    continue;
                }
            }
            if (CLAUSE_WORDS.contains(word.lower()) && !Quotations.within(quotations, word.start())
                    && !namePart(text, words, w) && !introducesAClauseBeforeTheSubject(text, word, from, cueStart)
                    && !(word.lower().equals("and") && inApposition(text, words, start, word))) {
                boundary = word;
            }
        }
        if (boundary != null && RELATIVES.contains(boundary.lower())) {
            Range relative = clean(text, words, boundary.start(), cueStart);
            if (relative != null && relative.end() == boundary.end()) {
                return relative;
            }
        }
        return clean(text, words, boundary != null ? boundary.end() : start, cueStart);
    }

    /**
     * "Nora Quinn, a former aide who travelled with her, said": a relative clause closed by a
     * comma right before the cue (perhaps with adverbs between) belongs to the source.
     */
    private static boolean closesTheSource(String text, int comma, int cueStart) {
        int words = 0;
        for (Word word : Words.in(text, comma + 1, cueStart)) {
            words++;
            if (!BEFORE_THE_CUE.contains(word.lower()) && !(word.lower().endsWith("ly") && word.lower().length() > 4)) {
                return false;
            }
        }
        return words <= 2;
    }

    /** Whether {@code [start, comma)} is an introductory phrase ("However", "In a statement"). */
    static boolean onlyIntroductionOrPhrase(String text, List<Word> words, int start, int comma) {
        return introduction(text, words, start, comma);
    }

    /**
     * "and" joins names and titles when a capital follows and a capital or comma comes before:
     * "Chairman and Chief Executive", "Director of the study, and Chairman of …".
     */
    private static boolean namePart(String text, List<Word> words, int w) {
        if (!words.get(w).lower().equals("and") || w + 1 >= words.size() || !words.get(w + 1).capitalised(text)) {
            return false;
        }
        int before = words.get(w).start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && (text.charAt(before) == ',' || (w > 0 && words.get(w - 1).capitalised(text)));
    }

    /**
     * "After the leak, CEO … Enver Solomon told": a sentence opening with a clause word whose clause
     * ends at a comma before the cue; the introduction is dropped later, with its comma.
     */
    private static boolean introducesAClauseBeforeTheSubject(String text, Word word, int from, int cueStart) {
        return !Spans.hasLetter(text, from, word.start()) && topLevelComma(text, word.end(), cueStart) >= 0;
    }

    /**
     * "Okafor, a councillor from Leeds and self-described optimist, said": an "and" after a name and
     * its comma joins the apposition rather than opening a clause.
     */
    private static boolean inApposition(String text, List<Word> words, int start, Word and) {
        int comma = topLevelComma(text, start, and.start());
        if (comma < 0) {
            return false;
        }
        boolean any = false;
        for (Word word : words) {
            if (word.start() < start) {
                continue;
            }
            if (word.start() >= comma) {
                break;
            }
            if (!word.capitalised(text) && !INTRODUCTIONS.contains(word.lower())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** "Devocht, who had told Montalvo": the name before ", who", or null. */
    static Range antecedent(String text, List<Word> words, Word who) {
        int comma = who.start() - 1;
        while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma < 0 || text.charAt(comma) != ',') {
            return null;
        }
        int first = -1;
        for (int w = words.size() - 1; w >= 0; w--) {
            Word word = words.get(w);
            if (word.end() > comma) {
                continue;
            }
            if (!word.capitalised(text) || (first >= 0 && !Words.adjacent(text, word, words.get(first)))) {
                break;
            }
            first = w;
        }
        return first < 0 ? null : Spans.trim(text, words.get(first).start(), comma, false);
    }

    /**
     * The source phrase in {@code [start, end)}, without an introductory phrase set off by a comma
     * and without adverbs or auxiliaries at its end; null when no word is left.
     */
    static Range clean(String text, List<Word> words, int start, int end) {
        Range source = Spans.trim(text, start, end, false);
        if (source == null) {
            return null;
        }
        int from = source.start();
        int comma = topLevelComma(text, from, source.end());
        while (comma >= 0 && introduction(text, words, from, comma)) {
            from = comma + 1;
            comma = topLevelComma(text, from, source.end());
        }
        int to = source.end();
        Word last = lastWordIn(words, from, to);
        while (last != null && beforeTheCue(text, last) && last.start() > from) {
            to = last.start();
            last = lastWordIn(words, from, to);
        }
        if (last != null && beforeTheCue(text, last) && last.start() <= from) {
            return null;
        }
        Word first = firstWordIn(words, from, to);
        if (first != null && CONJUNCTIONS.contains(first.lower())) {
            from = first.end();
            first = firstWordIn(words, from, to);
        }
        if (first != null && PREPOSITIONS.contains(first.text(text))) {
            return null;
        }
        source = Spans.trim(text, from, to, false);
        if (source == null || !Spans.hasLetter(text, source.start(), source.end()) || aClause(text, words, source)) {
            return null;
        }
        if (first != null && RELATIVES.contains(first.lower()) && first.end() < source.end()) {
            return null;
        }
        return source;
    }

    /**
     * Whether a would-be source reads as a clause rather than a noun phrase: it holds an auxiliary
     * ("the council had changed its plans to"), outside a relative clause set off by commas.
     */
    private static boolean aClause(String text, List<Word> words, Range source) {
        boolean relative = false;
        for (int index = Words.indexFrom(words, source.start()); index < words.size(); index++) {
            Word word = words.get(index);
            if (word.end() > source.end()) {
                break;
            }
            if (relative && commaBefore(text, word)) {
                relative = false;
            }
            if (RELATIVES.contains(word.lower()) || word.lower().equals("that")) {
                relative = true;
            } else if (!relative && AUXILIARIES.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBefore(String text, Word word) {
        int i = word.start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    /** The source starting right after a cue at {@code from} and ending no later than {@code to}. */
    static Range after(String text, List<Word> words, List<Range> quotations, int from, int to) {
        int end = to;
        Range quotation = Quotations.firstIn(quotations, from, to);
        if (quotation != null) {
            end = quotation.start();
        }
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            if (word.start() < from || word.start() >= end) {
                continue;
            }
            if (ENDS_A_SOURCE.contains(word.lower()) || (PREPOSITIONS_OF_CIRCUMSTANCE.contains(word.lower())
                    && w + 1 < words.size() && circumstance(text, words.get(w + 1)))) {
                end = word.start();
                break;
            }
        }
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == ';') {
                end = i;
                break;
            }
        }
        Range source = Spans.trim(text, from, end, false);
        return source != null && Spans.hasLetter(text, source.start(), source.end()) ? source : null;
    }

    /** "one exchange", "a statement", "Monday", "2023": what follows a preposition of time or place. */
    private static boolean circumstance(String text, Word next) {
        return !next.capitalised(text) || DAYS_AND_MONTHS.contains(next.lower())
                || Character.isDigit(text.charAt(next.start()));
    }

    /** Whether {@code [start, comma)} is an introductory phrase rather than a name. */
    private static boolean introduction(String text, List<Word> words, int start, int comma) {
        Word first = null;
        Word second = null;
        for (int index = Words.indexFrom(words, start); index < words.size() && words.get(index).start() < comma; index++) {
            Word word = words.get(index);
            if (word.end() <= comma) {
                if (first == null) {
                    first = word;
                } else {
                    second = word;
                    break;
                }
            }
        }
        if (first == null) {
            return true;
        }
        return INTRODUCTIONS.contains(first.lower())
                || (first.lower().endsWith("ing") && second != null && !second.capitalised(text));
    }

    /** Whether {@code [from, to)} holds nothing but introductory words ("But", "However"). */
    static boolean onlyIntroduction(List<Word> words, int from, int to) {
        for (Word word : words) {
            if (word.start() >= from && word.end() <= to && !INTRODUCTIONS.contains(word.lower())) {
                return false;
            }
        }
        return true;
    }

    /** The first comma in {@code [from, to)} outside parentheses, or -1. */
    static int topLevelComma(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code lower} is an adverb or auxiliary that stands between a source and its cue. */
    static boolean beforeTheCueWord(String lower) {
        return BEFORE_THE_CUE.contains(lower);
    }

    /** An adverb or auxiliary between the source and its cue: "has", "also", "personally". */
    private static boolean beforeTheCue(String text, Word word) {
        String lower = word.lower();
        return BEFORE_THE_CUE.contains(lower) || (lower.endsWith("ly") && lower.length() > 4
                && !word.capitalised(text) && !NOUNS_IN_LY.contains(lower));
    }

    private static Word firstWordIn(List<Word> words, int from, int to) {
        int index = Words.indexFrom(words, from);
        return index < words.size() && words.get(index).end() <= to ? words.get(index) : null;
    }

    private static Word lastWordIn(List<Word> words, int from, int to) {
        int index = Words.indexFrom(words, to) - 1;
        while (index >= 0 && words.get(index).end() > to) {
            index--;
        }
        return index >= 0 && words.get(index).start() >= from ? words.get(index) : null;
    }
}
