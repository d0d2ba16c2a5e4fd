package org.newsmark.bench;

import java.util.List;
import org.newsmark.bench.BratAttributions.Gold;
import org.newsmark.model.TextSpans.Range;

/** Where an attribution lies as a whole, for showing it in its sentence. */
final class AttributionScoresSupport {

    private AttributionScoresSupport() {
    }

    static Range extent(Gold attribution) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (List<Range> parts : List.of(attribution.content(), attribution.cue(), attribution.source())) {
            for (Range part : parts) {
                start = Math.min(start, part.start());
                end = Math.max(end, part.end());
            }
        }
        return new Range(start, end);
    }
}
