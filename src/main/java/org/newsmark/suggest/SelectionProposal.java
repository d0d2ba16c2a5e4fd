package org.newsmark.suggest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.TextSpans;
import org.newsmark.model.TextSpans.Range;

/**
 * The attribution proposed for a selection: of the article's suggested attributions, the one that
 * fits the selection best, cut to it. Nothing proposed reaches outside the selection.
 */
final class SelectionProposal {

    /** How far a selection's edge is moved to take in quotation marks and punctuation it just misses. */
    private static final int SLACK = 3;

    private SelectionProposal() {
    }

    static Optional<Attribution> of(String text, int start, int end, List<SuggestedAttribution> suggestions) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Range> trimmed = TextSpans.trim(text, start, end);
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        Range selection = widened(text, trimmed.get());
        return suggestions.stream().map(suggestion -> cut(text, suggestion, selection)).flatMap(Optional::stream)
                .max(Comparator.comparingInt(Candidate::fit).thenComparingInt(Candidate::contentLength)
                        .thenComparing(Comparator.comparingInt(Candidate::start).reversed()))
                .map(Candidate::attribution);
    }

    private record Candidate(Attribution attribution, int fit, int contentLength, int start) {
    }

    /** The suggestion cut to the selection, or empty when none of its content lies inside. */
    private static Optional<Candidate> cut(String text, SuggestedAttribution suggestion, Range selection) {
        Range content = null;
        int partsInside = 0;
        for (Range part : suggestion.content()) {
            Range inside = Spans.trim(text, Math.max(part.start(), selection.start()), Math.min(part.end(), selection.end()), true);
            if (inside == null || !Spans.hasLetter(text, inside.start(), inside.end())) {
                continue;
            }
            if (inside.equals(part)) {
                partsInside++;
            }
            if (content == null || inside.length() > content.length()) {
                content = inside;
            }
        }
        if (content == null) {
            return Optional.empty();
        }
        Range cue = within(suggestion.cue(), selection);
        Range source = within(suggestion.source(), selection);
        int fit = (cue != null ? 2 : 0) + (source != null ? 2 : 0) + (partsInside > 0 ? 1 : 0)
                + (suggestion.speech() == SuggestedAttribution.Speech.DIRECT ? 1 : 0);
        return Optional.of(new Candidate(new Attribution(content, cue, source), fit, content.length(), content.start()));
    }

    private static Range within(Range range, Range selection) {
        return range != null && range.start() >= selection.start() && range.end() <= selection.end() ? range : null;
    }

    /**
     * The selection with the rest of a word it cuts, and the quotation marks and punctuation within a
     * few characters outside it: "A DDoS attack … disrupt it," selected without its marks.
     */
    private static Range widened(String text, Range selection) {
        int from = selection.start();
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)) && Character.isLetterOrDigit(text.charAt(from))) {
            from--;
        }
        int to = selection.end();
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to)) && Character.isLetterOrDigit(text.charAt(to - 1))) {
            to++;
        }
        for (int k = 0; k < SLACK && from > 0 && markOrPunctuation(text.charAt(from - 1)); k++) {
            from--;
        }
        for (int k = 0; k < SLACK && to < text.length() && markOrPunctuation(text.charAt(to)); k++) {
            to++;
        }
        return new Range(from, to);
    }

    private static boolean markOrPunctuation(char c) {
        return Spans.isQuotationMark(c) || ",.;:!?".indexOf(c) >= 0;
    }
}
