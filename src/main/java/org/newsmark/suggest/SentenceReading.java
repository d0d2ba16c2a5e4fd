package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.AttributionCues.Cue;
import org.newsmark.suggest.AttributionCues.Kind;
import org.newsmark.suggest.ReportingVerbs.Strength;
import org.newsmark.suggest.Words.Word;

/**
 * Reads every attribution of one sentence, one per cue, by the orders attributions are written in:
 * {@code "quote," SOURCE CUE} and {@code CLAUSE, SOURCE CUE} (content first, source before the cue),
 * {@code "quote," CUE SOURCE} (the cue right after the content's comma or closing mark),
 * {@code SOURCE CUE (that) CLAUSE} and {@code SOURCE CUE "quote"} (content after the cue, with the
 * quotation before the source too in {@code "quote," SOURCE CUE, "quote"}), {@code According to
 * SOURCE, CLAUSE} and {@code CLAUSE, according to SOURCE}, {@code SOURCE: "quote"}, and
 * {@code SOURCE CUE CLAUSE, adding that CLAUSE}, where the participle's source is the sentence's
 * subject. The content after a cue ends where the next attribution of the sentence begins: before
 * ", adding", before "and" with a second cue of the same source, or before the clause word that
 * opens another source's attribution ("…, but a spokesman said …"). Nested attributions ("Trump said
 * he believes …") are read as two.
 */
final class SentenceReading {

    /** The order of the parts, which says how sure the reading is. */
    enum Pattern {
        CONTENT_SOURCE_CUE, CONTENT_CUE_SOURCE, SOURCE_CUE_CONTENT, ACCORDING_TO, COLON, PARTICIPLE,
        /** "Trump seemed to appreciate …", "The bill is expected to pass": an impression without a source. */
        IMPRESSION,
        /** "Asked whether …, she said": the question asked, without a source. */
        QUESTION
    }

    /** An attribution read in the sentence; the source may be null, the content has at least one part. */
    record Found(List<Range> content, Range cue, Range source, Range referent, Pattern pattern, Strength strength) {
        /** A cue with its source but no content in its sentence: "Trump said." after a quotation ending the sentence before. */
        boolean orphan() {
            return content.isEmpty();
        }

        int end() {
            if (content.isEmpty()) {
                return source == null ? cue.end() : Math.max(cue.end(), source.end());
            }
            int end = content.get(content.size() - 1).end();
            end = Math.max(end, cue.end());
            return source == null ? end : Math.max(end, source.end());
        }
    }

    /** After these, "that" is the subject of the reported clause, not the word introducing it. */
    private static final Set<String> VERBS_AFTER_THAT = Set.of("is", "was", "were", "are", "would", "will", "could",
            "can", "may", "might", "should", "has", "had", "have", "must", "seems", "seemed", "did", "does");

    /** Words of time, place or manner that may follow the cue when the content came before it. */
    private static final Set<String> CIRCUMSTANCES = Set.of("in", "on", "at", "during", "yesterday", "today",
            "tonight", "earlier", "later", "last", "this", "afterwards", "recently", "again", "too", "also", "then",
            "before", "after", "when", "while", "to", "via", "over", "through", "with", "of", "by", "from", "late",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "sept",
            "oct", "nov", "dec", "jan", "feb", "aug", "now", "repeatedly", "privately", "publicly",
            "afterward", "under", "as", "outside", "inside");

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

    /** Words that open the clause of another source: "…, but a spokesman said …". */
    private static final Set<String> OTHER_CLAUSE = Set.of("but", "while", "whereas", "although", "though", "and",
            "yet", "so", "as", "when", "because");

    /** Auxiliaries and modals: the subject of a sentence ends before them. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "were", "are", "would", "will", "could", "can",
            "may", "might", "should", "has", "had", "have", "must", "did", "does", "do", "also", "then", "later");

    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "he's", "she's",
            "they're", "we're", "it's", "he’s", "she’s", "they’re", "we’re", "it’s");

    private static final int MAX_COLON_SOURCE_WORDS = 8;

    /** How many later cues may end a content: the next attribution begins at one of the next few. */
    private static final int LATER_CUES = 3;

    /** The most words an apposition chain before a cue may hold ("a spokeswoman, Mary Ellen Porter,"). */
    private static final int MAX_APPOSITION_WORDS = 14;

    /** A sentence "Trump said." has a short source; a longer stretch before the cue is no orphan. */
    private static final int MAX_ORPHAN_SOURCE_LETTERS = 60;
    private static final int MAX_SUBJECT_WORDS = 7;

    private final String text;
    private final Range sentence;
    private final List<Word> words;
    private final List<Range> quotations;
    private final List<Cue> cues;

    SentenceReading(String text, Range sentence, List<Word> words, List<Range> quotations, List<Cue> cues) {
        this.text = text;
        this.sentence = sentence;
        this.words = words;
        this.quotations = quotations;
        this.cues = cues;
    }

    /** The attributions of the sentence, one per cue that has content, in the order of their cues. */
    List<Found> read() {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Found one = around(i, found);
            if (one != null && (one.orphan() || Spans.hasLetter(text, one.content().get(0).start(), one.content().get(0).end()))) {
                found.add(one);
            }
        }
        return found;
    }

    private Found around(int i, List<Found> found) {
        Cue cue = cues.get(i);
        switch (cue.kind()) {
            case PREPOSED:
                return preposed(cue);
            case COLON:
                return colon(cue);
            case PARTICIPLE:
                return participle(i, found);
            case IMPRESSION:
                return impression(i);
            case QUESTION:
                return question(cue);
            default:
                return verb(i, found);
        }
    }

    private Found verb(int i, List<Found> found) {
        Cue cue = cues.get(i);
        Range range = cue.range();
        int regionStart = regionStart(found);
        int last = lastNonSpace(regionStart, range.start());
        if (last >= 0 && inverted(last, range)) {
            Range content = Spans.trim(text, regionStart, last + 1, true);
            Range source = SourcePhrases.after(text, words, quotations, range.end(), nextCueStart(i));
            if (source != null) {
                return found(content, cue, source, Pattern.CONTENT_CUE_SOURCE);
            }
        }
        Range rest = rest(range.end(), contentLimit(i));
        if (rest != null && quotedFirst(regionStart, range, rest)) {
            rest = null;
        }
        if (rest != null) {
            Range source = SourcePhrases.before(text, words, quotations, sourceFrom(i), range.start());
            if (source == null && coordinated(range.start())) {
                source = earlierSource(found, range.start());
            }
            if (source == null) {
                source = subject(range.start());
            }
            Range content = contentStartingWith(rest);
            Range before = quotationBefore(source, regionStart);
            if (before != null && Quotations.startingAt(quotations, content.start()) != null) {
                return new Found(List.of(before, content), range, source, referent(source), Pattern.SOURCE_CUE_CONTENT,
                        cue.strength());
            }
            return found(content, cue, source, Pattern.SOURCE_CUE_CONTENT);
        }
        Found before = contentBeforeSource(cue, regionStart, sourceFrom(i));
        if (before != null || lettersBetween(sentence.start(), range.start()) > MAX_ORPHAN_SOURCE_LETTERS) {
            return before;
        }
        Range source = SourcePhrases.before(text, words, quotations, sentence.start(), range.start());
        return source == null ? null : new Found(List.of(), range, source, referent(source), Pattern.CONTENT_SOURCE_CUE,
                cue.strength());
    }

    /**
     * {@code "quote," SOURCE CUE …}: a quotation ending before the source, and after the cue neither a
     * quotation nor "that": the quotation is the content ("…,” he told cheering supporters in Leeds").
     */
    private boolean quotedFirst(int regionStart, Range cue, Range rest) {
        Range source = SourcePhrases.before(text, words, quotations, regionStart, cue.start());
        if (source == null || quotationBefore(source, regionStart) == null
                || Quotations.startingAt(quotations, rest.start()) != null) {
            return false;
        }
        Word first = Words.startingAt(words, rest.start());
        return first == null || !first.lower().equals("that");
    }

    private int lettersBetween(int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            if (Character.isLetter(text.charAt(k))) {
                letters++;
            }
        }
        return letters;
    }

    /** "Okafor praised the plan and said …": a cue right after "and", "but" or "or" shares the sentence's subject. */
    private boolean coordinated(int cueStart) {
        Word previous = Words.endingBefore(words, cueStart);
        while (previous != null && ((previous.lower().endsWith("ly") && previous.lower().length() > 4)
                || SourcePhrases.beforeTheCueWord(previous.lower()))) {
            previous = Words.endingBefore(words, previous.start());
        }
        return previous != null && (previous.lower().equals("and") || previous.lower().equals("but")
                || previous.lower().equals("or"));
    }

    /** The source of the sentence's latest attribution before {@code before}, or else its subject. */
    private Range earlierSource(List<Found> found, int before) {
        for (int k = found.size() - 1; k >= 0; k--) {
            if (found.get(k).source() != null) {
                return found.get(k).source();
            }
        }
        return subject(before);
    }

    /** For a relative pronoun source ("Okafor, who said"), the name it stands for; else null. */
    private Range referent(Range source) {
        if (source == null) {
            return null;
        }
        Word word = Words.startingAt(words, source.start());
        if (word == null || word.end() != source.end() || !(word.lower().equals("who") || word.lower().equals("which"))) {
            return null;
        }
        return SourcePhrases.antecedent(text, words, word);
    }

    /** {@code "A," he said, "B."}: the quotation that ends right before the source, with its comma. */
    private Range quotationBefore(Range source, int regionStart) {
        if (source == null) {
            return null;
        }
        int last = lastNonSpace(regionStart, source.start());
        if (last >= 0 && text.charAt(last) == ',') {
            last = lastNonSpace(regionStart, last);
        }
        if (last < 0 || !closesQuotation(last)) {
            return null;
        }
        Range quotation = Quotations.containing(quotations, last);
        return quotation != null && quotation.start() >= regionStart ? quotation : null;
    }

    /** "…, adding that …": the content follows; the source is that of the sentence's earlier attribution or its subject. */
    private Found participle(int i, List<Found> found) {
        Cue cue = cues.get(i);
        if (words.isEmpty() || words.get(0).start() == cue.range().start()) {
            return null;
        }
        Range rest = rest(cue.range().end(), contentLimit(i));
        if (rest == null) {
            return null;
        }
        return found(contentStartingWith(rest), cue, earlierSource(found, cue.range().start()), Pattern.PARTICIPLE);
    }

    /**
     * "Trump seemed to appreciate that concept", "The bill is expected to pass": the content is what
     * seems or is expected, the subject and the rest together, with no source. "It seems that …" has
     * the rest alone.
     */
    private Found impression(int i) {
        Cue cue = cues.get(i);
        Range rest = rest(cue.range().end(), contentLimit(i));
        if (rest == null) {
            return null;
        }
        Range subject = SourcePhrases.before(text, words, quotations, sourceFrom(i), cue.range().start());
        Word first = subject == null ? null : Words.startingAt(words, subject.start());
        if (subject == null || (first != null && first.end() == subject.end()
                && (first.lower().equals("it") || first.lower().equals("there")))) {
            return new Found(List.of(rest), cue.range(), null, null, Pattern.IMPRESSION, cue.strength());
        }
        return new Found(List.of(subject, rest), cue.range(), null, null, Pattern.IMPRESSION, cue.strength());
    }

    /** "Asked whether the mayor should resign, 60 percent said yes": the question, up to its comma. */
    private Found question(Cue cue) {
        int comma = SourcePhrases.topLevelComma(text, cue.range().end(), sentence.end());
        Range content = Spans.trim(text, cue.range().end(), comma < 0 ? sentence.end() : comma, true);
        if (content == null || !Spans.hasLetter(text, content.start(), content.end())) {
            return null;
        }
        return new Found(List.of(content), cue.range(), null, null, Pattern.QUESTION, cue.strength());
    }

    /**
     * The subject of the sentence, a short noun phrase before its first verb ("Trump", "The Republican
     * nominee"), after an introduction set off by a comma; null when none is found before {@code before}.
     */
    private Range subject(int before) {
        int from = sentence.start();
        int comma = SourcePhrases.topLevelComma(text, from, before);
        if (comma >= 0 && SourcePhrases.onlyIntroductionOrPhrase(text, words, from, comma)) {
            from = comma + 1;
        }
        int count = 0;
        for (Word word : words) {
            if (word.start() < from) {
                continue;
            }
            if (word.start() >= before || count >= MAX_SUBJECT_WORDS || Quotations.within(quotations, word.start())) {
                return null;
            }
            if (count > 0 && !word.capitalised(text) && (verbLike(word) || RELATIVES.contains(word.lower()))) {
                return SourcePhrases.clean(text, words, from, word.start());
            }
            count++;
        }
        return null;
    }

    private static boolean verbLike(Word word) {
        String lower = word.lower();
        return AUXILIARIES.contains(lower) || ReportingVerbs.form(lower) != null || lower.endsWith("ed")
                || (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && lower.length() > 3);
    }

    /**
     * Where content before a cue may start: after the sentence's previous attribution whose content
     * came first ("“A,” he said, “B,” she added"); an attribution with its content after its cue may be
     * nested in a later one ("A witness said …, the report said").
     */
    private int regionStart(List<Found> found) {
        int start = sentence.start();
        for (Found earlier : found) {
            if (earlier.pattern() != Pattern.SOURCE_CUE_CONTENT && earlier.pattern() != Pattern.PARTICIPLE) {
                start = Math.max(start, earlier.end());
            }
        }
        return start;
    }

    /** Where a source before cue {@code i} may start: after the previous cue of the sentence. */
    private int sourceFrom(int i) {
        return i > 0 ? Math.max(sentence.start(), cues.get(i - 1).range().end()) : sentence.start();
    }

    private int nextCueStart(int i) {
        return i + 1 < cues.size() ? cues.get(i + 1).range().start() : sentence.end();
    }

    /**
     * Where the content after cue {@code i} must end: before ", adding", before "and" with a second
     * cue, or before the clause word opening a later cue's source ("…, but a spokesman said").
     */
    private int contentLimit(int i) {
        int cueEnd = cues.get(i).range().end();
        for (int j = i + 1; j < Math.min(cues.size(), i + 1 + LATER_CUES); j++) {
            Cue later = cues.get(j);
            int start = later.range().start();
            if (later.kind() == Kind.PARTICIPLE) {
                return boundaryBefore(start);
            }
            if (later.kind() == Kind.COLON || later.kind() == Kind.PREPOSED) {
                continue;
            }
            Word previous = Words.endingBefore(words, start);
            if (previous != null && previous.lower().equals("and") && previous.start() > cueEnd
                    && Words.adjacent(text, previous, Words.startingAt(words, start))) {
                return boundaryBefore(previous.start());
            }
            if (rest(later.range().end(), sentence.end()) == null) {
                int comma = appositionStart(cueEnd, start);
                if (comma >= 0) {
                    return comma;
                }
            }
            Range source = SourcePhrases.before(text, words, quotations, cueEnd, start);
            if (source != null) {
                Word opener = Words.endingBefore(words, source.start());
                Word sourceWord = Words.startingAt(words, source.start());
                int semicolon = lastNonSpace(cueEnd, source.start());
                if (semicolon >= 0 && text.charAt(semicolon) == ';') {
                    return semicolon;
                }
                if (opener != null && opener.start() > cueEnd && OTHER_CLAUSE.contains(opener.lower())
                        && Words.adjacent(text, opener, sourceWord == null ? opener : sourceWord)) {
                    return boundaryBefore(opener.start());
                }
            }
        }
        return sentence.end();
    }

    /** {@code offset}, or the comma or dash right before it. */
    private int boundaryBefore(int offset) {
        int last = lastNonSpace(sentence.start(), offset);
        if (last >= 0 && (text.charAt(last) == ',' || text.charAt(last) == '\u2014' || text.charAt(last) == '-')) {
            return last;
        }
        return offset;
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
        if (!afterQuotation && text.charAt(last) != ',') {
            return false;
        }
        if (!afterQuotation) {
            for (Range quotation : quotations) {
                if (quotation.end() <= last && quotation.start() >= sentence.start()
                        && Spans.hasLetter(text, quotation.end(), last)) {
                    return false;
                }
            }
        }
        int next = cue.end();
        while (next < sentence.end() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= sentence.end() || Quotations.startingAt(quotations, next) != null
                || text.charAt(next) == ':' || text.charAt(next) == ',') {
            return false;
        }
        Word first = Words.startingAt(words, next);
        if (first == null || first.lower().equals("that")) {
            return false;
        }
        if (afterQuotation) {
            return true;
        }
        if (PRONOUNS.contains(first.lower()) || opensWithAName(cue.start())) {
            return false;
        }
        for (Word word : words) {
            if (word.start() >= next && RELATIVES.contains(word.lower())) {
                break;
            }
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
    private Found contentBeforeSource(Cue cue, int regionStart, int sourceFrom) {
        int boundary = -1;
        for (Range quotation : quotations) {
            if (quotation.end() <= cue.range().start() && quotation.start() >= regionStart) {
                boundary = quotation.end();
            }
        }
        if (boundary < 0) {
            boundary = appositionStart(regionStart, cue.range().start());
        }
        if (boundary < 0) {
            return null;
        }
        Range content = Spans.trim(text, regionStart, boundary, true);
        Range source = SourcePhrases.clean(text, words, Math.max(boundary, sourceFrom), cue.range().start());
        return found(content, cue, source, Pattern.CONTENT_SOURCE_CUE);
    }

    /**
     * The comma that ends the content in {@code CLAUSE, SOURCE CUE}: the last one before the cue, or an
     * earlier one when what lies between reads as a chain of appositions ("…, a spokeswoman, Anna
     * Ellen Porter, said"): no verb, and not too many words. -1 when there is no comma.
     */
    private int appositionStart(int regionStart, int cueStart) {
        List<Integer> commas = new ArrayList<>();
        for (int comma = SourcePhrases.topLevelComma(text, regionStart, cueStart); comma >= 0;
                comma = SourcePhrases.topLevelComma(text, comma + 1, cueStart)) {
            commas.add(comma);
        }
        if (commas.isEmpty()) {
            return -1;
        }
        int boundary = commas.get(commas.size() - 1);
        for (int k = commas.size() - 2; k >= 0; k--) {
            if (!nounPhrases(commas.get(k) + 1, cueStart) || !Spans.hasLetter(text, regionStart, commas.get(k))) {
                break;
            }
            boundary = commas.get(k);
        }
        if (SourcePhrases.clean(text, words, boundary, cueStart) == null) {
            return commas.get(commas.size() - 1);
        }
        return boundary;
    }

    /** Whether {@code [from, to)} holds no verb and few enough words to be names and titles in apposition. */
    private boolean nounPhrases(int from, int to) {
        int count = 0;
        for (int index = Words.indexFrom(words, from); index < words.size() && words.get(index).start() < to; index++) {
            Word word = words.get(index);
            count++;
            if (!word.capitalised(text) && (AUXILIARIES.contains(word.lower()) || word.lower().endsWith("ed")
                    || ReportingVerbs.form(word.lower()) != null || RELATIVES.contains(word.lower()))) {
                return false;
            }
        }
        return count <= MAX_APPOSITION_WORDS;
    }

    /** "According to SOURCE, CLAUSE", "CLAUSE, according to SOURCE", "in the words of SOURCE, "quote"". */
    private Found preposed(Cue cue) {
        Range range = cue.range();
        Range quotation = Quotations.firstIn(quotations, range.end(), sentence.end());
        if (quotation != null && !lettersOutsideParentheses(quotation.end(), sentence.end())
                && introducedByPunctuation(quotation, range)) {
            Range source = SourcePhrases.clean(text, words, range.end(), quotation.start());
            return found(contentStartingWith(new Range(quotation.start(), sentence.end())), cue, source, Pattern.ACCORDING_TO);
        }
        if (SourcePhrases.onlyIntroduction(words, sentence.start(), range.start())) {
            int comma = SourcePhrases.topLevelComma(text, range.end(), sentence.end());
            if (comma < 0) {
                return null;
            }
            Range content = Spans.trim(text, comma + 1, sentence.end(), true);
            return found(content, cue, SourcePhrases.clean(text, words, range.end(), comma), Pattern.ACCORDING_TO);
        }
        Range content = Spans.trim(text, sentence.start(), range.start(), true);
        return found(content, cue, SourcePhrases.after(text, words, quotations, range.end(), sentence.end()),
                Pattern.ACCORDING_TO);
    }

    /** "the Crown prosecutor, Mark Tedeschi, QC, "Gloria …"": a comma or colon right before the quotation. */
    private boolean introducedByPunctuation(Range quotation, Range cue) {
        int last = lastNonSpace(cue.end(), quotation.start());
        return last >= 0 && (text.charAt(last) == ',' || text.charAt(last) == ':');
    }

    /**
     * {@code SOURCE: "quote"} or {@code Name: words}. The source before a colon is proposed only when it
     * is short, since a long stretch before a colon is a sentence leading up to the quotation rather
     * than a name.
     */
    private Found colon(Cue cue) {
        Range range = cue.range();
        Range quotation = Quotations.firstIn(quotations, range.end(), sentence.end());
        Range content = quotation != null ? contentStartingWith(new Range(quotation.start(), sentence.end()))
                : Spans.trim(text, range.end(), sentence.end(), true);
        Range source = SourcePhrases.before(text, words, quotations, sentence.start(), range.start());
        if (source != null && Words.in(text, source.start(), source.end()).size() > MAX_COLON_SOURCE_WORDS) {
            source = null;
        }
        return found(content, cue, source, Pattern.COLON);
    }

    /**
     * What follows the cue up to {@code limit}, without a comma or colon and without "that" when it
     * introduces the clause; null when nothing but a phrase of time or place ("in a statement",
     * "Friday") or a new predicate ("but refused to …") follows.
     */
    private Range rest(int cueEnd, int limit) {
        int i = cueEnd;
        while (i < limit && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == ':')) {
            i++;
        }
        Word first = Words.startingAt(words, i);
        if (first != null && (NEW_PREDICATE.contains(first.lower()) || (first.lower().endsWith("ing") && !first.capitalised(text)))) {
            return null;
        }
        if (commaAfter(cueEnd) && Quotations.firstIn(quotations, i, Math.min(limit, i + 1)) == null
                && (first == null || !first.lower().equals("that"))) {
            return null;
        }
        if (first != null && CIRCUMSTANCES.contains(first.lower())) {
            Range quotation = Quotations.firstIn(quotations, i, limit);
            Word that = Words.first(words, "that", i, limit);
            if (quotation != null && (that == null || quotation.start() < that.start())) {
                return Spans.trim(text, quotation.start(), limit, true);
            }
            if (that == null) {
                Word subject = subjectPronounAfter(i, limit);
                return subject == null ? null : Spans.trim(text, subject.start(), limit, true);
            }
            first = that;
            i = that.start();
        }
        if (first != null && first.lower().equals("that")) {
            Word next = Words.after(words, first);
            if (next == null || !VERBS_AFTER_THAT.contains(next.lower())) {
                i = first.end();
            }
        }
        return i < limit ? Spans.trim(text, i, limit, true) : null;
    }

    /** "told The Daily Courier of Leeds last week she would …": a subject pronoun within a few words, or null. */
    private Word subjectPronounAfter(int from, int limit) {
        int count = 0;
        for (int index = Words.indexFrom(words, from); index < words.size() && words.get(index).start() < limit && count < 8;
                index++, count++) {
            Word word = words.get(index);
            if (SUBJECT_PRONOUNS.contains(word.lower())) {
                return word;
            }
            if (Quotations.within(quotations, word.start())) {
                return null;
            }
        }
        return null;
    }

    /** "Okafor said, a policy that …": a comma right after the cue, which no reported clause follows. */
    private boolean commaAfter(int cueEnd) {
        int i = cueEnd;
        while (i < sentence.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < sentence.end() && text.charAt(i) == ',';
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

    private Found found(Range content, Cue cue, Range source, Pattern pattern) {
        if (content == null || !Spans.hasLetter(text, content.start(), content.end())) {
            return null;
        }
        if (source != null && (overlaps(source, content) || overlaps(source, cue.range()))) {
            source = null;
        }
        return new Found(List.of(content), cue.range(), source, referent(source), pattern, cue.strength());
    }

    private static boolean overlaps(Range a, Range b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private boolean closesQuotation(int offset) {
        if (offset < 0 || !Spans.isQuotationMark(text.charAt(offset))) {
            return false;
        }
        Range quotation = Quotations.containing(quotations, offset);
        return quotation != null && quotation.end() == offset + 1 && offset > quotation.start() + 1;
    }

    private int lastNonSpace(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
