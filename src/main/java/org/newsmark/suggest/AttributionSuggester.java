package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.Person;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.AttributionCues.Cue;
import org.newsmark.suggest.SentenceReading.Found;
import org.newsmark.suggest.SuggestedAttribution.Speech;
import org.newsmark.suggest.Words.Word;

/**
 * Suggests every attribution of an article (who said what, by which cue) and the mentions of the
 * people of the project's speaker registry, so that a researcher coding who-said-what accepts or
 * rejects suggestions instead of selecting spans. It reads the surface of the text by rules, without
 * a parser or a model: its suggestions are predictable, fast, and each is shown to a person before it
 * is used.
 *
 * <h2>Use</h2>
 * {@link #suggest(String, List)} takes an article's text and the registry's people and returns
 * {@link Suggestions}: the attributions ({@link SuggestedAttribution}: content in one or more parts,
 * cue, source, the referent of a pronoun source, the person matched, direct or indirect speech and a
 * confidence) and the {@link SpeakerMention}s. Offsets are UTF-16 offsets of the text, end exclusive,
 * as annotations count them; brat's code-point offsets are a conversion away. The text is read as it
 * is: a line break ends a paragraph. {@link #propose(String, int, int)} is the same reading restricted
 * to a selection, for coding one attribution by hand. The class holds no state: one instance may
 * serve several threads.
 *
 * <h2>How it reads</h2>
 * <ol>
 *   <li>Each paragraph's quotations are found ({@link Quotations}: straight, curly, angle and
 *       {@code ''} marks; an unclosed one runs to the paragraph's end) and the paragraph is split into
 *       sentences without breaking a quotation ({@link Sentences}).</li>
 *   <li>In each sentence, every cue outside quotations is found ({@link AttributionCues}: reporting
 *       verbs of {@link ReportingVerbs} in any form, "according to", phrases such as "called for",
 *       a colon before a quotation or after a short name) and every cue's source and content are read
 *       by the orders attributions are written in ({@link SentenceReading}), so a sentence may hold
 *       several attributions ("…, he said, adding that …").</li>
 *   <li>A sentence or paragraph that is all quotation and has no cue continues the quotation of the
 *       attribution just before it, within the same paragraph or the next: it becomes another part
 *       of that attribution's content.</li>
 *   <li>A pronoun source ("he", "she") is resolved to the latest earlier source that names someone,
 *       unless a title says the gender differs ("Mrs", "Mr").</li>
 *   <li>The source (or its referent) is matched to a registered person when one person matches best
 *       ({@link PersonMatcher}); registered people's names and aliases are found across the text
 *       ({@link RegisteredNames}).</li>
 *   <li>Each attribution gets the confidence of its kind ({@link Confidence}): how many of such
 *       suggestions were right on the corpus the rules were tuned on.</li>
 * </ol>
 *
 * <h2>Limits</h2>
 * <ul>
 *   <li>Cue words are matched as words, not parsed: "Mr Musk asked friendly questions" is suggested as
 *       an attribution, and a cue outside the lexicon ("mused") is not seen.</li>
 *   <li>Single quotation marks are not read as quotations, since they double as apostrophes.</li>
 *   <li>Sources are found next to their cue or as the subject of the sentence; an attribution whose
 *       source is only implied ("It is expected that …") has none.</li>
 *   <li>Only English cues are known: text in other languages gets no attributions (its quotations
 *       and colons may still give some).</li>
 * </ul>
 * Reading is linear in the length of the text: sentences are cut at {@link Sentences#LONGEST}
 * characters and every look-up within a sentence is bounded by it.
 */
public final class AttributionSuggester {

    /** How many attributions back a pronoun's referent is looked for. */
    private static final int REFERENT_LOOKBACK = 12;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "king", "prince", "father");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "dame", "lady", "queen", "princess");

    /** A paragraph's sentences read so far: the attributions found, and where each came from. */
    private static final class Draft {
        final List<Range> content = new ArrayList<>();
        final Range cue;
        final Range source;
        final SentenceReading.Pattern pattern;
        final ReportingVerbs.Strength strength;
        final int paragraph;
        boolean continued;
        int lastParagraph;
        Range referent;

        Draft(Found found, int paragraph) {
            content.addAll(found.content());
            cue = found.cue();
            source = found.source();
            referent = found.referent();
            pattern = found.pattern();
            strength = found.strength();
            this.paragraph = paragraph;
            lastParagraph = paragraph;
        }
    }

    /** Every attribution in {@code text} and every mention of one of {@code people}; nothing for null or blank text. */
    public Suggestions suggest(String text, List<Person> people) {
        if (text == null || text.isBlank()) {
            return Suggestions.NONE;
        }
        PeopleIndex index = new PeopleIndex(people);
        RegisteredNames names = new RegisteredNames(people, index);
        List<Draft> drafts = new ArrayList<>();
        List<SpeakerMention> mentions = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (Spans.hasLetter(text, start, end)) {
                readParagraph(text, start, end, paragraph++, drafts, names, mentions);
            }
            start = end + 1;
        }
        List<SuggestedAttribution> attributions = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (draft.source == null && draft.pattern != SentenceReading.Pattern.IMPRESSION
                    && draft.pattern != SentenceReading.Pattern.QUESTION) {
                continue;
            }
            if (draft.referent == null) {
                draft.referent = referent(text, drafts, i);
            }
            Speech speech = speech(text, draft);
            attributions.add(new SuggestedAttribution(draft.content, draft.cue, draft.source, draft.referent,
                    person(text, draft, index), speech, Confidence.of(draft.pattern, draft.strength, speech,
                            draft.source != null, draft.continued)));
        }
        attributions.sort(java.util.Comparator.comparingInt(attribution -> attribution.extent().start()));
        return new Suggestions(attributions, mentions);
    }

    /**
     * The attribution for coding a selection by hand: the whole-article reading restricted to
     * {@code [start, end)}. Of the attributions whose content meets the selection, the one with most
     * of its parts inside is proposed (then the surest, then the one with the longest content), cut to
     * the selection: a content part reaching past it is cut at its edge, and a cue or source not wholly
     * inside is left out. Empty when the selection holds no content of an attribution; a backward
     * selection is read forwards and one reaching past the text is cut to it.
     */
    public Optional<Attribution> propose(String text, int start, int end) {
        return SelectionProposal.of(text, start, end, suggest(text, List.of()).attributions());
    }

    private static void readParagraph(String text, int start, int end, int paragraph, List<Draft> drafts,
            RegisteredNames names, List<SpeakerMention> mentions) {
        List<Range> quotations = Quotations.find(text, start, end);
        Range quoteOnly = null;
        Draft continued = null;
        int first = 0;
        for (Range sentence : Sentences.split(text, start, end, quotations)) {
            while (first < quotations.size() && quotations.get(first).end() <= sentence.start()) {
                first++;
            }
            int last = first;
            while (last < quotations.size() && quotations.get(last).start() < sentence.end()) {
                last++;
            }
            List<Range> inSentence = quotations.subList(first, last);
            List<Word> words = Words.in(text, sentence.start(), sentence.end());
            if (!names.isEmpty()) {
                mentions.addAll(names.find(text, words));
            }
            List<Cue> cues = AttributionCues.in(text, sentence, words, inSentence);
            boolean any = false;
            for (Found one : new SentenceReading(text, sentence, words, inSentence, cues).read()) {
                if (!one.orphan()) {
                    drafts.add(new Draft(one, paragraph));
                    any = true;
                } else if (quoteOnly != null) {
                    Draft draft = new Draft(one, paragraph);
                    draft.content.add(quoteOnly);
                    if (continued != null && continued.content.size() > 1) {
                        continued.content.remove(quoteOnly);
                    }
                    drafts.add(draft);
                    any = true;
                    quoteOnly = null;
                }
            }
            quoteOnly = null;
            continued = null;
            if (!any && quoteOnly(text, sentence, inSentence)) {
                quoteOnly = Spans.trim(text, sentence.start(), sentence.end(), true);
                continued = continueQuotation(text, quoteOnly, paragraph, drafts);
            }
        }
    }

    /** Whether a sentence is all quotation: it opens with a quotation mark and nine tenths of it are quoted. */
    private static boolean quoteOnly(String text, Range sentence, List<Range> quotations) {
        if (quotations.isEmpty() || quotations.get(0).start() != sentence.start()) {
            return false;
        }
        return Quotations.quotedLength(quotations, sentence.start(), sentence.end()) * 10 >= sentence.length() * 9;
    }

    /**
     * A sentence that is all quotation, without a cue, continues the quotation of the attribution
     * just before it when that one is in this paragraph or the one before and quotes too; returns that
     * attribution, or null.
     */
    private static Draft continueQuotation(String text, Range part, int paragraph, List<Draft> drafts) {
        if (drafts.isEmpty() || part == null) {
            return null;
        }
        Draft previous = drafts.get(drafts.size() - 1);
        if (paragraph - previous.lastParagraph > 1 || !quotes(text, previous)
                || part.start() < previous.content.get(previous.content.size() - 1).end()) {
            return null;
        }
        previous.content.add(part);
        previous.continued = true;
        previous.lastParagraph = paragraph;
        return previous;
    }

    /** Whether the attribution's content holds a quotation mark. */
    private static boolean quotes(String text, Draft draft) {
        for (Range part : draft.content) {
            for (int i = part.start(); i < part.end(); i++) {
                if (Quotations.markLength(text, i, part.end()) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For a pronoun source, the latest earlier source naming someone of a fitting gender; else null. */
    private static Range referent(String text, List<Draft> drafts, int index) {
        Draft draft = drafts.get(index);
        if (draft.source == null) {
            return null;
        }
        String pronoun = text.substring(draft.source.start(), draft.source.end()).toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(pronoun)) {
            return null;
        }
        boolean male = pronoun.equals("he") || pronoun.equals("him");
        for (int i = index - 1; i >= Math.max(0, index - REFERENT_LOOKBACK); i--) {
            Range source = drafts.get(i).source;
            if (source == null || source.start() >= draft.source.start()) {
                continue;
            }
            String mention = text.substring(source.start(), source.end());
            if (MentionNames.canonical(mention).isEmpty()) {
                continue;
            }
            String first = MentionNames.comparableWord(mention.strip().split("\\s+")[0]);
            if ((male && FEMALE_TITLES.contains(first)) || (!male && MALE_TITLES.contains(first))) {
                continue;
            }
            return nameIn(text, source);
        }
        return null;
    }

    /** The name within a mention ("Trump" in "Trump, who"), or the mention when the name is not found in it. */
    private static Range nameIn(String text, Range mention) {
        String written = text.substring(mention.start(), mention.end());
        String name = MentionNames.canonical(written).orElse(null);
        int at = name == null ? -1 : written.indexOf(name);
        if (at < 0) {
            return mention;
        }
        int start = written.substring(0, at).indexOf(',') < 0 ? mention.start() : mention.start() + at;
        return new Range(start, mention.start() + at + name.length());
    }

    private static PersonMatch person(String text, Draft draft, PeopleIndex people) {
        Range named = draft.referent != null ? draft.referent : draft.source;
        if (named == null || people.isEmpty()) {
            return null;
        }
        return people.best(text.substring(named.start(), named.end())).orElse(null);
    }

    private static Speech speech(String text, Draft draft) {
        boolean allQuoted = true;
        boolean anyQuoted = false;
        for (Range part : draft.content) {
            List<Range> quotations = Quotations.find(text, part.start(), part.end());
            boolean whole = quotations.size() == 1 && quotations.get(0).start() == part.start()
                    && quotations.get(0).end() == part.end();
            allQuoted &= whole;
            anyQuoted |= !quotations.isEmpty();
        }
        return allQuoted ? Speech.DIRECT : anyQuoted ? Speech.MIXED : Speech.INDIRECT;
    }
}
