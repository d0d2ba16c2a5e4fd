package org.newsmark.suggest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.AttributionCues.Cue;
import org.newsmark.suggest.Words.Word;

/**
 * Reads the source and content around one cue of one sentence, by the orders attributions are
 * written in: {@code "quote," SOURCE CUE} and {@code CLAUSE, SOURCE CUE} (content first, source
 * before the cue), {@code "quote," CUE SOURCE} (the cue right after the content's comma or closing
 * mark), {@code SOURCE CUE (that) CLAUSE} and {@code SOURCE CUE "quote"} (content after the cue),
 * {@code According to SOURCE, CLAUSE} and {@code CLAUSE, according to SOURCE}, and
 * {@code SOURCE: "quote"}.
 */
final class CueReading {

    /** After these, "that" is the subject of the reported clause, not the word introducing it. */
    private static final Set<String> VERBS_AFTER_THAT = Set.of("is", "was", "were", "are", "would", "will", "could",
            "can", "may", "might", "should", "has", "had", "have", "must", "seems", "seemed", "did", "does");

    /** Words of time, place or manner that may follow the cue when the content came before it. */
    private static final Set<String> CIRCUMSTANCES = Set.of("in", "on", "at", "during", "yesterday", "today",
            "tonight", "earlier", "later", "last", "this", "afterwards", "recently", "again", "too", "also", "then",
            "before", "after", "when", "while", "to", "via", "over", "through", "with");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "there", "this");

    /** Words that make what follows the cue a clause rather than a name. */
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "was", "were", "are", "would", "will", "could",
            "can", "may", "might", "should", "has", "had", "have", "must", "did", "does", "do", "not", "be");

    /** Lower-case words inside names and titles: "Lydia Buchtmann for Food Standards Australia". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "from", "at", "de", "del", "della", "di",
            "da", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "and", "the");

    /** A new predicate of the same subject, not the content: "she said, but refused to give details". */
    private static final Set<String> NEW_PREDICATE = Set.of("but", "and", "or", "yet", "so", "while", "as", "before",
            "after", "when", "adding", "although", "though", "because", "then");

    private static final int MAX_COLON_SOURCE_WORDS = 8;

    private final String text;
    private final Range sentence;
    private final List<Word> words;
    private final List<Range> quotations;
    private final List<Cue> cues;

    CueReading(String text, Range sentence, List<Word> words, List<Range> quotations, List<Cue> cues) {
        this.text = text;
        this.sentence = sentence;
        this.words = words;
        this.quotations = quotations;
        this.cues = cues;
    }

    /** The attribution around {@code cue}, or empty when it has no content in this sentence. */
    Optional<Attribution> around(Cue cue) {
        switch (cue.kind()) {
            case PREPOSED:
                return preposed(cue.range());
            case COLON:
                return colon(cue.range());
            default:
                return verb(cue.range());
        }
    }

    private Optional<Attribution> verb(Range cue) {
        int last = lastNonSpace(sentence.start(), cue.start());
        if (last >= 0 && inverted(last, cue)) {
            Range content = Spans.trim(text, sentence.start(), last + 1, true);
            return attribution(content, cue, SourcePhrases.after(text, words, quotations, cue.end(), sentence.end()));
        }
        Range rest = rest(cue.end());
        if (rest != null) {
            Range source = SourcePhrases.before(text, words, quotations, sentence.start(), cue.start());
            return attribution(contentStartingWith(untilTheNextCue(rest)), cue, source);
        }
        return contentBeforeSource(cue);
    }

    /**
     * Whether the cue follows its content and precedes its source: right after a closing quotation
     * mark ({@code "…," said Mr Musk}), or after a comma when what follows reads as a name rather than
     * a clause. "Tom Molomby, SC, said that …", "Lydia Buchtmann, says they are …" and "Paul Dewar,
     * an Ottawa MP, said the lapses …" are not inverted: "that", a quotation, a pronoun or a verb such
     * as "is" after the cue starts content, and a sentence opening with a name before its first comma
     * is a source with an apposition.
     */
    private boolean inverted(int last, Range cue) {
        boolean afterQuotation = closesQuotation(last)
                || (text.charAt(last) == ',' && closesQuotation(lastNonSpace(sentence.start(), last)));
        if (afterQuotation) {
            return true;
        }
        if (text.charAt(last) != ',') {
            return false;
        }
        int next = cue.end();
        while (next < sentence.end() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= sentence.end() || Quotations.startingAt(quotations, next) != null
                || text.charAt(next) == ':' || text.charAt(next) == ',') {
            return false;
        }
        Word first = wordAt(next);
        if (first == null || first.lower().equals("that") || PRONOUNS.contains(first.lower())
                || opensWithAName(cue.start())) {
            return false;
        }
        for (Word word : words) {
            if (word.start() >= next && CLAUSE_VERBS.contains(word.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence's first comma comes after capitalised words only ("Paul Dewar,"). */
    private boolean opensWithAName(int before) {
        int comma = SourcePhrases.topLevelComma(text, sentence.start(), before);
        if (comma < 0) {
            return false;
        }
        boolean any = false;
        for (Word word : words) {
            if (word.start() >= comma) {
                break;
            }
            if (!word.capitalised(text) && !NAME_JOINERS.contains(word.lower())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** {@code "quote," SOURCE CUE} or {@code CLAUSE, SOURCE CUE}: the source ends the sentence. */
    private Optional<Attribution> contentBeforeSource(Range cue) {
        int boundary = -1;
        for (Range quotation : quotations) {
            if (quotation.end() <= cue.start() && quotation.start() >= sentence.start()) {
                boundary = quotation.end();
            }
        }
        if (boundary < 0) {
            for (int comma = SourcePhrases.topLevelComma(text, sentence.start(), cue.start()); comma >= 0;
                    comma = SourcePhrases.topLevelComma(text, comma + 1, cue.start())) {
                boundary = comma;
            }
        }
        if (boundary < 0) {
            return Optional.empty();
        }
        Range content = Spans.trim(text, sentence.start(), boundary, true);
        return attribution(content, cue, SourcePhrases.clean(text, words, boundary, cue.start()));
    }

    /** "According to SOURCE, CLAUSE", "CLAUSE, according to SOURCE", "in the words of SOURCE, "quote"". */
    private Optional<Attribution> preposed(Range cue) {
        Range quotation = Quotations.firstIn(quotations, cue.end(), sentence.end());
        if (quotation != null && !lettersOutsideParentheses(quotation.end(), sentence.end())
                && introducedByPunctuation(quotation, cue)) {
            Range source = SourcePhrases.clean(text, words, cue.end(), quotation.start());
            return attribution(contentStartingWith(new Range(quotation.start(), sentence.end())), cue, source);
        }
        if (SourcePhrases.onlyIntroduction(words, sentence.start(), cue.start())) {
            int comma = SourcePhrases.topLevelComma(text, cue.end(), sentence.end());
            if (comma < 0) {
                return Optional.empty();
            }
            Range content = Spans.trim(text, comma + 1, sentence.end(), true);
            return attribution(content, cue, SourcePhrases.clean(text, words, cue.end(), comma));
        }
        Range content = Spans.trim(text, sentence.start(), cue.start(), true);
        return attribution(content, cue, SourcePhrases.after(text, words, quotations, cue.end(), sentence.end()));
    }

    /** "the Crown prosecutor, Mark Tedeschi, QC, "Gloria …"": a comma or colon right before the quotation. */
    private boolean introducedByPunctuation(Range quotation, Range cue) {
        int last = lastNonSpace(cue.end(), quotation.start());
        return last >= 0 && (text.charAt(last) == ',' || text.charAt(last) == ':');
    }

    /**
     * {@code SOURCE: "quote"}. The source before a colon is proposed only when it is short, since a
     * long stretch before a colon is a sentence leading up to the quotation rather than a name.
     */
    private Optional<Attribution> colon(Range cue) {
        Range quotation = Quotations.firstIn(quotations, cue.end(), sentence.end());
        if (quotation == null) {
            return Optional.empty();
        }
        Range source = SourcePhrases.before(text, words, quotations, sentence.start(), cue.start());
        if (source != null && Words.in(text, source.start(), source.end()).size() > MAX_COLON_SOURCE_WORDS) {
            source = null;
        }
        return attribution(contentStartingWith(new Range(quotation.start(), sentence.end())), cue, source);
    }

    /**
     * What follows the cue, without a comma or colon and without "that" when it introduces the
     * clause; null when nothing but a phrase of time or place ("in a statement") or a new predicate
     * ("but refused to …") follows.
     */
    private Range rest(int cueEnd) {
        int i = cueEnd;
        while (i < sentence.end() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ','
                || text.charAt(i) == ':')) {
            i++;
        }
        Word first = wordAt(i);
        if (first != null && NEW_PREDICATE.contains(first.lower())) {
            return null;
        }
        if (first != null && CIRCUMSTANCES.contains(first.lower())) {
            Range quotation = Quotations.firstIn(quotations, i, sentence.end());
            Word that = firstWord("that", i);
            if (quotation != null && (that == null || quotation.start() < that.start())) {
                return Spans.trim(text, quotation.start(), sentence.end(), true);
            }
            if (that == null) {
                return null;
            }
            first = that;
            i = that.start();
        }
        if (first != null && first.lower().equals("that")) {
            Word next = wordAfter(first);
            if (next == null || !VERBS_AFTER_THAT.contains(next.lower())) {
                i = first.end();
            }
        }
        return Spans.trim(text, i, sentence.end(), true);
    }

    /**
     * The content ends before "and" followed by another cue of the same source: in "said her party
     * has supported it, and said it was damning", the content is the first clause.
     */
    private Range untilTheNextCue(Range rest) {
        for (Cue later : cues) {
            if (later.range().start() <= rest.start() || later.range().start() >= rest.end()) {
                continue;
            }
            Word and = wordBefore(later.range().start());
            if (and != null && and.lower().equals("and") && and.start() > rest.start()
                    && Words.adjacent(text, and, wordAt(later.range().start()))) {
                Range cut = Spans.trim(text, rest.start(), and.start(), true);
                if (cut != null) {
                    return cut;
                }
            }
        }
        return rest;
    }

    /** Direct speech is the quotation alone when only punctuation or a parenthesis follows it. */
    private Range contentStartingWith(Range rest) {
        Range quotation = Quotations.startingAt(quotations, rest.start());
        if (quotation != null && !lettersOutsideParentheses(quotation.end(), rest.end())) {
            return quotation;
        }
        return Spans.trim(text, rest.start(), rest.end(), true);
    }

    private boolean lettersOutsideParentheses(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Attribution> attribution(Range content, Range cue, Range source) {
        if (content == null || !Spans.hasLetter(text, content.start(), content.end())) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(content, cue, source));
    }

    private boolean closesQuotation(int offset) {
        if (offset < 0) {
            return false;
        }
        for (Range quotation : quotations) {
            if (quotation.end() == offset + 1 && Spans.isQuotationMark(text.charAt(offset))) {
                return true;
            }
        }
        return false;
    }

    private int lastNonSpace(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private Word wordAt(int offset) {
        for (Word word : words) {
            if (word.start() == offset) {
                return word;
            }
        }
        return null;
    }

    private Word wordBefore(int offset) {
        Word before = null;
        for (Word word : words) {
            if (word.end() <= offset) {
                before = word;
            }
        }
        return before;
    }

    private Word wordAfter(Word word) {
        int index = words.indexOf(word);
        return index >= 0 && index + 1 < words.size() ? words.get(index + 1) : null;
    }

    private Word firstWord(String lower, int from) {
        for (Word word : words) {
            if (word.start() >= from && word.lower().equals(lower)) {
                return word;
            }
        }
        return null;
    }
}
