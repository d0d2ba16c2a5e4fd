package org.newsmark.suggest;

import java.util.List;
import java.util.Optional;
import org.newsmark.model.TextSpans;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.AttributionCues.Cue;
import org.newsmark.suggest.Words.Word;

/**
 * Proposes the source, cue and content of an attribution in a selected sentence or paragraph, so
 * that a researcher coding attributions (PARC 3.0, PolNeAR) corrects three spans instead of
 * selecting them. It reads the surface of the text by rules, without a parser or a model, so its
 * proposals are predictable and every one of them is shown to a person before it is used.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li>Quotations are found first: text between double quotation marks, straight or curly,
 *       marks included; one still open at the end of a paragraph runs to its end.</li>
 *   <li>The selection is split into sentences without breaking a quotation, so a quote of several
 *       sentences and the "he said" after it are read together.</li>
 *   <li>In each sentence the first cue outside quotations that has content is read: a reporting
 *       verb of {@link AttributionCues#VERBS} ("told" takes its hearer along: "told the BBC"), a word
 *       of {@link AttributionCues#BEFORE_QUOTATIONS} right before a quotation ("notes, "…""), a
 *       phrase of {@link AttributionCues#PHRASES} ("called for"), one of
 *       {@link AttributionCues#PREPOSED} ("according to"), or a colon before a quotation.</li>
 *   <li>The orders recognised around it: {@code "quote," SOURCE CUE} and {@code CLAUSE, SOURCE CUE}
 *       (the content ends at the quotation or the last comma before the source);
 *       {@code "quote," CUE SOURCE}; {@code SOURCE CUE (that) CLAUSE} and {@code SOURCE CUE "quote"};
 *       {@code According to SOURCE, CLAUSE} and {@code CLAUSE, according to SOURCE};
 *       {@code SOURCE: "quote"}. The source runs back from the cue to a clause boundary (sentence
 *       start, closing quotation mark, "but", "while", "that"…), keeping appositions and dropping an
 *       introductory "However," (see {@link SourcePhrases}).</li>
 *   <li>Content that is a quotation followed only by punctuation or a parenthesis is the quotation
 *       alone, its marks included; otherwise it is the reported clause without "that", up to an
 *       "and" before a second cue ("… endorsement and called the product "great"").</li>
 *   <li>When several sentences hold an attribution, direct speech wins over a clause with a quoted
 *       phrase, which wins over indirect speech; a found source breaks a tie, then the earlier
 *       sentence.</li>
 *   <li>A selection without a cue that opens with a quotation covering at least half of it is taken
 *       for a quote continued from an earlier paragraph: the content is that quotation, with no cue
 *       or source.</li>
 * </ol>
 * All spans lie inside the selection and are trimmed of whitespace and punctuation, except the
 * quotation marks (and the comma inside them) of content.
 *
 * <h2>Limits</h2>
 * <ul>
 *   <li>One attribution per selection: a paragraph quoting two people yields one of them.</li>
 *   <li>Cue words are matched as words, not parsed: "Mr Musk asked friendly questions" is proposed as
 *       an attribution, and a cue outside the lexicon ("mused", "blamed") is not seen.</li>
 *   <li>In {@code CLAUSE, SOURCE, APPOSITION, CUE} without quotation marks the source is cut at the last
 *       comma ("a professor at Y" without the name before it).</li>
 *   <li>A source after the cue stops at a preposition before a lower-case word or a date
 *       ("said a professor at the university" gives "a professor").</li>
 *   <li>Single quotation marks are not read as quotations, since they double as apostrophes.</li>
 *   <li>The source of a continued quote, and the referent of a pronoun source, lie outside the
 *       selection and are not looked for.</li>
 * </ul>
 */
public final class AttributionSplitter {

    /**
     * The attribution in {@code [start, end)} of {@code text}, or empty when the selection holds
     * none. Offsets are UTF-16, end exclusive; a selection reaching past the text is cut to it.
     */
    public Optional<Attribution> split(String text, int start, int end) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Range> selection = TextSpans.trim(text, start, end);
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        Range selected = selection.get();
        List<Range> quotations = Quotations.find(text, selected.start(), selected.end());
        Attribution best = null;
        int bestStrength = -1;
        int first = 0;
        for (Range sentence : Sentences.split(text, selected.start(), selected.end(), quotations)) {
            while (first < quotations.size() && quotations.get(first).end() <= sentence.start()) {
                first++;
            }
            int last = first;
            while (last < quotations.size() && quotations.get(last).start() < sentence.end()) {
                last++;
            }
            Optional<Attribution> found = inSentence(text, sentence, quotations.subList(first, last));
            if (found.isPresent() && strength(found.get(), quotations) > bestStrength) {
                best = found.get();
                bestStrength = strength(best, quotations);
            }
        }
        return best != null ? Optional.of(best) : continuedQuotation(selected, quotations);
    }

    /**
     * Like {@link #split}, after widening the selection to the whole sentences it touches: a person
     * selecting "a sentence" by hand often starts after its opening quotation mark or stops before
     * its full stop, and a sentence cut in two reads wrongly.
     */
    public Optional<Attribution> splitSentences(String text, int start, int end) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Range> selection = TextSpans.trim(text, start, end);
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        Range selected = selection.get();
        int paragraphStart = text.lastIndexOf('\n', selected.start() - 1) + 1;
        int paragraphEnd = text.indexOf('\n', selected.end());
        if (paragraphEnd < 0) {
            paragraphEnd = text.length();
        }
        int from = selected.start();
        int to = selected.end();
        List<Range> quotations = Quotations.find(text, paragraphStart, paragraphEnd);
        for (Range sentence : Sentences.split(text, paragraphStart, paragraphEnd, quotations)) {
            if (sentence.start() < selected.end() && sentence.end() > selected.start()) {
                from = Math.min(from, sentence.start());
                to = Math.max(to, sentence.end());
            }
        }
        return split(text, from, to);
    }

    private static Optional<Attribution> inSentence(String text, Range sentence, List<Range> quotations) {
        List<Word> words = Words.in(text, sentence.start(), sentence.end());
        List<Cue> cues = AttributionCues.in(text, sentence, words, quotations);
        CueReading reading = new CueReading(text, sentence, words, quotations, cues);
        for (Cue cue : cues) {
            Optional<Attribution> found = reading.around(cue);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Direct speech 4, a clause quoting words 2, indirect speech 0; one more with a source. */
    private static int strength(Attribution attribution, List<Range> quotations) {
        Range content = attribution.content();
        int speech = quotations.contains(content) ? 4
                : Quotations.anyWithin(quotations, content.start(), content.end()) ? 2 : 0;
        return speech + (attribution.source() != null ? 1 : 0);
    }

    private static Optional<Attribution> continuedQuotation(Range selection, List<Range> quotations) {
        Range quotation = Quotations.startingAt(quotations, selection.start());
        if (quotation == null || quotation.length() * 2 < selection.length()) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(quotation, null, null));
    }
}
