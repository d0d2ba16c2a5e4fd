package org.newsmark.suggest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.TextSpans;
import org.newsmark.model.TextSpans.Range;

/**
 * The attribution proposed for a selection: of the article's suggested attributions, the one that
 * fits the selection best (most of its parts inside, then the surest, then the longest content), cut
 * to it. Nothing proposed reaches outside the selection: a content part is cut at the selection's
 * edges, a cue or source not wholly inside is left out.
 */
final class SelectionProposal {

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
        Range selection = trimmed.get();
        return suggestions.stream().map(suggestion -> cut(text, suggestion, selection)).flatMap(Optional::stream)
                .max(Comparator.comparingInt(Candidate::fit).thenComparingDouble(Candidate::confidence)
                        .thenComparingInt(Candidate::contentLength)
                        .thenComparing(Comparator.comparingInt(Candidate::start).reversed()))
                .map(Candidate::attribution);
    }

    private record Candidate(Attribution attribution, int fit, double confidence, int contentLength, int start) {
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
        return Optional.of(new Candidate(new Attribution(content, cue, source, source == null ? null : suggestion.referent()), fit, suggestion.confidence(), content.length(),
                content.start()));
    }

    private static Range within(Range range, Range selection) {
        return range != null && range.start() >= selection.start() && range.end() <= selection.end() ? range : null;
    }

}
