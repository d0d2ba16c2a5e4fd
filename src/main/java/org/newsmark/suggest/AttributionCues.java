package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.ReportingVerbs.Form;
import org.newsmark.suggest.ReportingVerbs.Strength;
import org.newsmark.suggest.Words.Word;

/**
 * The words and phrases that signal an attribution, and where they occur in a sentence: reporting
 * verbs ({@link ReportingVerbs}) in any form, "according to", verbal phrases ("called for",
 * "pointed out"), and a colon before a quotation or after a short name. Cues inside quotations are
 * not cues of the sentence: a quoted "he said" belongs to the quoted speaker.
 *
 * <p>A verb form counts when it is written in lower case (or opens the sentence), so the capitalised
 * words of a headline ("Mayor Says No") and of names ("Executive Order", "United States") are no
 * cues, and unless the words before it make it a noun or a passive: an article or a
 * possessive right before it ("the report", "Trump's claims"), or a form of "be" (perhaps with an
 * adverb between: "was told", "were twice denied"); "is expected", "was asked" and the progressive
 * "was saying" are cues all the same. A form that is as often a noun ("claims", "calls", "report",
 * "promise") counts only before a quotation or after a pronoun, "who" or a name; a base form right
 * after "to" ("refused to deny") and an "-ing" form that is neither a participle after a comma, "and"
 * or a preposition nor a progressive ("seeking the presidency") are no cues.
 */
final class AttributionCues {

    /** Phrases whose source comes after them: "According to the ministry, …". */
    static final List<String> PREPOSED = List.of("according to", "in the words of");

    /** Verbal phrases that are cues as a whole; "point" and "refer" are cues only in them. */
    static final List<String> PHRASES = List.of("call for", "calls for", "called for", "calling for", "call on",
            "calls on", "called on", "calling on", "point out", "points out", "pointed out", "pointing out",
            "pointed to", "points to", "pointing to", "refer to", "refers to", "referred to", "referring to",
            "went on to say", "goes on to say", "took to twitter", "spoke of", "spoke about", "talked about",
            "talking about", "weighed in", "laid out", "lays out");

    /** Verb forms that are cues only in a phrase of {@link #PHRASES} or before a quotation. */
    private static final Set<String> ONLY_IN_PHRASES = Set.of("point", "pointed", "pointing", "refer", "refers",
            "referred", "referring", "read", "reads", "continue", "continues", "continued", "post", "posts", "posted");

    /** "told the BBC", "told reporters": the person told belongs to the cue. */
    private static final Set<String> TELLING = Set.of("tell", "tells", "told", "telling", "ask", "asks", "asked",
            "asking");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you");
    private static final Set<String> HEARER_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "who");

    /** Before a participle, these make it report for the sentence's subject: "by saying", "after noting". */
    private static final Set<String> PREPOSITIONS = Set.of("by", "after", "before", "while", "when", "without", "in",
            "on", "since");

    /** "called" is a cue when it labels with quoted words ('called the ruling "dangerous"') or calls for something. */
    private static final Set<String> CALLING = Set.of("call", "calls", "called", "calling");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "no", "any", "every", "each", "some", "such");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "am");
    private static final Set<String> ADVERBS = Set.of("twice", "also", "not", "never", "already", "just", "once",
            "then", "often", "widely", "later", "since", "still", "even", "now", "long");

    /** Verbs of impression, cues without a source: "Trump seemed to appreciate …". */
    private static final Set<String> IMPRESSIONS = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");

    /** Passives that report all the same: "is expected to", "was asked about", "is said to". */
    private static final Set<String> REPORTING_PASSIVES = Set.of("expected", "asked", "quoted", "said", "reported",
            "believed", "thought", "known");

    /** What begins a reported clause after a verb of belief, wish or evidence. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "to", "how", "what", "why", "whether", "if",
            "who", "when", "where", "he", "she", "they", "it", "we", "i", "you", "there", "this", "the", "a", "an",
            "his", "her", "their", "its", "our", "no", "more", "less");

    /** How the cue relates to the source and content around it. */
    enum Kind {
        /** A verb: its source usually comes before it, or after it when it follows the content. */
        VERB,
        /** "…, adding that …": a participle after a comma, whose source is the subject of the sentence. */
        PARTICIPLE,
        /** "according to": the source follows it. */
        PREPOSED,
        /** A colon introducing a quotation or following a short name: the source comes before it. */
        COLON,
        /** "seemed", "appears", "is expected": an impression, whose content is the subject and what follows. */
        IMPRESSION,
        /** "Asked whether …," opening a sentence: the question is the content; no source. */
        QUESTION
    }

    /** One cue in a sentence. */
    record Cue(Range range, Kind kind, Strength strength) {
    }

    private AttributionCues() {
    }

    /** The cues of a sentence, in order. */
    static List<Cue> in(String text, Range sentence, List<Word> words, List<Range> quotations) {
        List<Cue> cues = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            if (Quotations.within(quotations, word.start())) {
                continue;
            }
            int phrase = phraseEnd(text, words, w, PREPOSED);
            if (phrase >= 0) {
                cues.add(new Cue(new Range(word.start(), words.get(phrase).end()), Kind.PREPOSED, Strength.SPEECH));
                w = phrase;
                continue;
            }
            phrase = phraseEnd(text, words, w, PHRASES);
            if (phrase >= 0 && !afterArticleOrBe(text, words, w) && kind(text, words, w) != null) {
                cues.add(new Cue(new Range(word.start(), words.get(phrase).end()), kind(text, words, w), Strength.REPORT));
                w = phrase;
                continue;
            }
            int impression = impressionEnd(text, words, w);
            if (impression >= 0) {
                cues.add(new Cue(new Range(word.start(), words.get(impression).end()), Kind.IMPRESSION, Strength.ATTITUDE));
                w = impression;
                continue;
            }
            if (question(words, w)) {
                cues.add(new Cue(new Range(word.start(), word.end()), Kind.QUESTION, Strength.SPEECH));
                continue;
            }
            Form form = ReportingVerbs.form(word.lower());
            if (form == null || (w > 0 && word.capitalised(text)) || !counts(text, sentence, words, w, form, quotations)) {
                continue;
            }
            Kind kind = kind(text, words, w);
            if (kind == null) {
                continue;
            }
            int end = TELLING.contains(word.lower()) ? toldEnd(text, words, w) : word.end();
            cues.add(new Cue(new Range(word.start(), end), kind, form.strength()));
        }
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (text.charAt(i) == ':' && !Quotations.within(quotations, i)
                    && (introducesQuotation(text, i + 1, quotations) || afterAShortName(text, sentence, words, i))) {
                cues.add(new Cue(new Range(i, i + 1), Kind.COLON, Strength.SPEECH));
            }
        }
        cues.sort(Comparator.comparingInt(cue -> cue.range().start()));
        return cues;
    }

    private static boolean counts(String text, Range sentence, List<Word> words, int w, Form form,
            List<Range> quotations) {
        Word word = words.get(w);
        String lower = word.lower();
        boolean beforeQuotation = introducesQuotation(text, word.end(), quotations);
        if (ONLY_IN_PHRASES.contains(lower)) {
            return beforeQuotation && !afterArticleOrBe(text, words, w);
        }
        if (w > 0 && words.get(w - 1).lower().equals("to") && Words.adjacent(text, words.get(w - 1), word)) {
            return false;
        }
        if (CALLING.contains(lower) && !beforeQuotation
                && Quotations.firstIn(quotations, word.end(), sentence.end()) == null) {
            return false;
        }
        if (afterArticleOrBe(text, words, w)) {
            boolean passive = afterBe(text, words, w);
            if (!(passive && (form.participle() || REPORTING_PASSIVES.contains(lower)))) {
                return false;
            }
        }
        if (form.alsoANoun() && !beforeQuotation && !afterASubject(text, words, w)) {
            return false;
        }
        return true;
    }

    /**
     * The index of the last word of an impression cue starting at {@code w}: "seemed", "appears" (not
     * after an article), or "is expected", "are widely expected", "is not expected" before "to"; -1 if none.
     */
    private static int impressionEnd(String text, List<Word> words, int w) {
        Word word = words.get(w);
        if (IMPRESSIONS.contains(word.lower()) && !word.capitalised(text) && w + 1 < words.size()
                && words.get(w + 1).lower().equals("to") && !afterArticleOrBe(text, words, w)) {
            return w;
        }
        if (!BE.contains(word.lower())) {
            return -1;
        }
        int k = w + 1;
        while (k < words.size() && adverb(words.get(k).lower()) && Words.adjacent(text, words.get(k - 1), words.get(k))) {
            k++;
        }
        if (k + 1 < words.size() && words.get(k).lower().equals("expected") && words.get(k + 1).lower().equals("to")
                && Words.adjacent(text, words.get(k - 1), words.get(k))) {
            return k;
        }
        return -1;
    }

    /** "Asked whether …," or "When asked about …," opening a sentence. */
    private static boolean question(List<Word> words, int w) {
        return words.get(w).lower().equals("asked") && (w == 0 || (w == 1 && words.get(0).lower().equals("when")));
    }

    /**
     * ", adding that …", "by saying": a participle after a comma, "and" or a preposition reports for
     * the sentence's subject; after "be" it is a verb ("was saying"); anywhere else ("seeking the
     * presidency") it is no cue, and null is returned.
     */
    private static Kind kind(String text, List<Word> words, int w) {
        Word word = words.get(w);
        if (!word.lower().endsWith("ing")) {
            return Kind.VERB;
        }
        if (afterBe(text, words, w)) {
            return Kind.VERB;
        }
        int before = word.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        boolean afterComma = before >= 0 && (text.charAt(before) == ',' || text.charAt(before) == '\u2014'
                || text.charAt(before) == ';');
        boolean afterAnd = w > 0 && words.get(w - 1).lower().equals("and") && Words.adjacent(text, words.get(w - 1), word);
        boolean afterPreposition = w > 0 && PREPOSITIONS.contains(words.get(w - 1).lower())
                && Words.adjacent(text, words.get(w - 1), word);
        return afterComma || afterAnd || afterPreposition ? Kind.PARTICIPLE : null;
    }

    /** A pronoun, "who" or a capitalised word (not the sentence's first) right before the verb. */
    private static boolean afterASubject(String text, List<Word> words, int w) {
        if (w == 0 || !Words.adjacent(text, words.get(w - 1), words.get(w))) {
            return false;
        }
        Word previous = words.get(w - 1);
        return PRONOUNS.contains(previous.lower()) || (previous.capitalised(text) && w - 1 > 0);
    }

    private static final java.util.Map<String, List<String[]>> PHRASES_BY_FIRST_WORD = byFirstWord(PHRASES);
    private static final java.util.Map<String, List<String[]>> PREPOSED_BY_FIRST_WORD = byFirstWord(PREPOSED);

    private static java.util.Map<String, List<String[]>> byFirstWord(List<String> phrases) {
        java.util.Map<String, List<String[]>> map = new java.util.HashMap<>();
        for (String phrase : phrases) {
            String[] parts = phrase.split(" ");
            map.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts);
        }
        return map;
    }

    /** The index of the last word of a phrase starting at word {@code w}, or -1. */
    private static int phraseEnd(String text, List<Word> words, int w, List<String> phrases) {
        List<String[]> candidates = (phrases == PHRASES ? PHRASES_BY_FIRST_WORD : PREPOSED_BY_FIRST_WORD)
                .getOrDefault(words.get(w).lower(), List.of());
        for (String[] parts : candidates) {
            if (w + parts.length > words.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 1; k < parts.length && matches; k++) {
                matches = words.get(w + k).lower().equals(parts[k]) && Words.adjacent(text, words.get(w + k - 1), words.get(w + k));
            }
            if (matches) {
                return w + parts.length - 1;
            }
        }
        return -1;
    }

    /** "the state", "Trump's claim", "was told", "were twice denied": a noun or a passive, not a cue. */
    private static boolean afterArticleOrBe(String text, List<Word> words, int w) {
        int p = previousBeforeAdverbs(text, words, w);
        if (p < 0) {
            return false;
        }
        String previous = words.get(p).lower();
        if (p < w - 1) {
            return BE.contains(previous);
        }
        return ARTICLES.contains(previous) || BE.contains(previous) || previous.endsWith("'s")
                || previous.endsWith("\u2019s");
    }

    private static boolean afterBe(String text, List<Word> words, int w) {
        int p = previousBeforeAdverbs(text, words, w);
        return p >= 0 && BE.contains(words.get(p).lower());
    }

    /** The index of the word before {@code w} past adverbs, or -1 when punctuation or the start comes first. */
    private static int previousBeforeAdverbs(String text, List<Word> words, int w) {
        int p = w - 1;
        while (p >= 0 && Words.adjacent(text, words.get(p), words.get(p + 1)) && adverb(words.get(p).lower())) {
            p--;
        }
        if (p < 0 || !Words.adjacent(text, words.get(p), words.get(p + 1))) {
            return -1;
        }
        return p;
    }

    private static boolean adverb(String lower) {
        return ADVERBS.contains(lower) || (lower.endsWith("ly") && lower.length() > 4);
    }

    /**
     * The end of "told the BBC", "told the court", "told Reuters", "told reporters": "tell" takes its
     * hearer, a name or one word after an optional article, unless "that" follows at once.
     */
    private static int toldEnd(String text, List<Word> words, int w) {
        int next = w + 1;
        if (next < words.size() && HEARER_DETERMINERS.contains(words.get(next).lower())
                && Words.adjacent(text, words.get(w), words.get(next))) {
            next++;
        }
        if (next >= words.size() || !Words.adjacent(text, words.get(next - 1), words.get(next))
                || words.get(next).lower().equals("that") || CLAUSE_OPENERS.contains(words.get(next).lower())
                        && next == w + 1 && !words.get(next).capitalised(text)) {
            return words.get(w).end();
        }
        boolean asking = words.get(w).lower().startsWith("ask");
        if (asking && next == w + 1 && !words.get(next).capitalised(text) && !OBJECT_PRONOUNS.contains(words.get(next).lower())) {
            return words.get(w).end();
        }
        return words.get(next).capitalised(text) ? capitalisedRunEnd(text, words, next) : words.get(next).end();
    }

    private static int capitalisedRunEnd(String text, List<Word> words, int first) {
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1).capitalised(text)
                && Words.adjacent(text, words.get(last), words.get(last + 1))) {
            last++;
        }
        return words.get(last).end();
    }

    /** Whether a quotation opens after {@code from}, past spaces and at most one comma or colon. */
    static boolean introducesQuotation(String text, int from, List<Range> quotations) {
        int i = skipSpaces(text, from);
        if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ':')) {
            i = skipSpaces(text, i + 1);
        }
        return Quotations.startingAt(quotations, i) != null;
    }

    /**
     * "Ortiz: We will rebuild." A colon after at most four words opening the sentence, all capitalised
     * (a name or a title), with words after it: the name is the source, what follows the content.
     */
    private static boolean afterAShortName(String text, Range sentence, List<Word> words, int colon) {
        int count = 0;
        for (Word word : words) {
            if (word.start() >= colon) {
                return count > 0 && count <= 4 && Spans.hasLetter(text, colon + 1, sentence.end());
            }
            if (!word.capitalised(text) && !word.lower().equals("of")) {
                return false;
            }
            count++;
        }
        return false;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
