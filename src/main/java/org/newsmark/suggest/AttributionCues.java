package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.Words.Word;

/**
 * The words and phrases that signal an attribution, and where they occur in a sentence. Cues inside
 * quotations are not cues of the sentence: a quoted "he said" belongs to the quoted speaker.
 */
public final class AttributionCues {

    /**
     * Reporting verbs in the forms news writing uses them. Forms that are as often nouns ("claim",
     * "claims", "note", "report", "state", "stress", "reply", "calls") are left out, and "called" counts
     * only before a quotation. The rest count only when no article or possessive comes right before
     * them, nor a form of "be", perhaps with an adverb between ("their say", "was told", "were twice
     * denied").
     */
    public static final Set<String> VERBS = Set.of(
            "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "claimed",
            "argue", "argues", "argued", "warn", "warns", "warned", "explain", "explains", "explained",
            "stated", "noted", "write", "writes", "wrote", "ask", "asks", "asked", "insist", "insists", "insisted",
            "believe", "believes", "believed", "announce", "announces", "announced", "replied",
            "respond", "responds", "responded", "suggest", "suggests", "suggested", "admit", "admits", "admitted",
            "acknowledge", "acknowledges", "acknowledged", "confirm", "confirms", "confirmed",
            "deny", "denies", "denied", "maintain", "maintains", "maintained", "contend", "contends", "contended",
            "predict", "predicts", "predicted", "reasoned", "urge", "urges", "urged",
            "describe", "describes", "described", "reported", "reveal", "reveals", "revealed",
            "conclude", "concludes", "concluded", "stressed", "complain", "complains", "complained",
            "concede", "concedes", "conceded", "recalled", "called");

    /**
     * Words that report speech only when a quotation follows, after an optional comma or colon: verbs
     * that are as often nouns ('The Department of Agriculture notes, "Ground-level ozone …"') and
     * verbs that are cues only then ('She continued: "…"').
     */
    public static final Set<String> BEFORE_QUOTATIONS = Set.of("claim", "claims", "note", "notes", "report",
            "reports", "state", "states", "stress", "stresses", "reply", "replies", "remark", "remarks",
            "comment", "comments", "continued", "tweeted", "posted");

    /** Phrases whose source comes after them: "According to the ministry, …". */
    public static final List<String> PREPOSED = List.of("according to", "in the words of");

    /** Verbal phrases that are cues as a whole. */
    public static final List<String> PHRASES = List.of("call for", "calls for", "called for", "calling for",
            "point out", "points out", "pointed out");

    /** "told the BBC", "told reporters": the person told belongs to the cue. */
    private static final Set<String> TELLING = Set.of("tell", "tells", "told");
    private static final Set<String> HEARER_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its");

    /** "called" is a cue when it labels with quoted words: 'called the ruling "dangerous"'. */
    private static final Set<String> LABELLING = Set.of("called");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> ADVERBS = Set.of("twice", "also", "not", "never", "already", "just", "once",
            "then", "often", "widely", "later", "since");

    /** How the cue relates to the source and content around it. */
    enum Kind {
        /** A verb: its source usually comes before it, or after it when it follows the content. */
        VERB,
        /** "according to": the source follows it. */
        PREPOSED,
        /** A colon introducing a quotation: the source comes before it. */
        COLON
    }

    /** One cue in a sentence. */
    record Cue(Range range, Kind kind) {
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
                cues.add(new Cue(new Range(word.start(), words.get(phrase).end()), Kind.PREPOSED));
                w = phrase;
                continue;
            }
            phrase = phraseEnd(text, words, w, PHRASES);
            if (phrase >= 0) {
                cues.add(new Cue(new Range(word.start(), words.get(phrase).end()), Kind.VERB));
                w = phrase;
                continue;
            }
            if (BEFORE_QUOTATIONS.contains(word.lower()) && !afterArticleOrBe(text, words, w)
                    && introducesQuotation(text, word.end(), quotations)) {
                cues.add(new Cue(new Range(word.start(), word.end()), Kind.VERB));
                continue;
            }
            if (VERBS.contains(word.lower()) && !afterArticleOrBe(text, words, w)
                    && (!LABELLING.contains(word.lower()) || Quotations.firstIn(quotations, word.end(), sentence.end()) != null)) {
                int end = TELLING.contains(word.lower()) ? toldEnd(text, words, w) : word.end();
                cues.add(new Cue(new Range(word.start(), end), Kind.VERB));
            }
        }
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (text.charAt(i) == ':' && !Quotations.within(quotations, i) && introducesQuotation(text, i + 1, quotations)) {
                cues.add(new Cue(new Range(i, i + 1), Kind.COLON));
            }
        }
        cues.sort(Comparator.comparingInt(cue -> cue.range().start()));
        return cues;
    }

    /** The index of the last word of a phrase starting at word {@code w}, or -1. */
    private static int phraseEnd(String text, List<Word> words, int w, List<String> phrases) {
        for (String phrase : phrases) {
            String[] parts = phrase.split(" ");
            if (w + parts.length > words.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < parts.length && matches; k++) {
                matches = words.get(w + k).lower().equals(parts[k])
                        && (k == 0 || Words.adjacent(text, words.get(w + k - 1), words.get(w + k)));
            }
            if (matches) {
                return w + parts.length - 1;
            }
        }
        return -1;
    }

    /** "the state", "Trump's claim", "was told", "were twice denied": a noun or a passive, not a cue. */
    private static boolean afterArticleOrBe(String text, List<Word> words, int w) {
        int p = w - 1;
        while (p >= 0 && Words.adjacent(text, words.get(p), words.get(p + 1)) && adverb(words.get(p).lower())) {
            p--;
        }
        if (p < 0 || !Words.adjacent(text, words.get(p), words.get(p + 1))) {
            return false;
        }
        String previous = words.get(p).lower();
        if (p < w - 1) {
            return BE.contains(previous);
        }
        return ARTICLES.contains(previous) || BE.contains(previous) || previous.endsWith("'s")
                || previous.endsWith("\u2019s");
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
                || words.get(next).lower().equals("that")) {
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
    private static boolean introducesQuotation(String text, int from, List<Range> quotations) {
        int i = skipSpaces(text, from);
        if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ':')) {
            i = skipSpaces(text, i + 1);
        }
        return Quotations.startingAt(quotations, i) != null;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
