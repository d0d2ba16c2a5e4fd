package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.testing.Samples;

/**
 * How many of the quotations GUM marked by hand, in the three Wikinews samples whose quotation markup
 * is complete (samples/wikinews/README.md), the whole-article suggestions meet: a quotation is met
 * when the content of a suggested attribution overlaps it.
 */
class GumQuoteSpansTest {

    private static final List<String> COMPLETE = List.of("iodine", "homeopathic", "taxes");
    private static final int MET_AT_LEAST = 23;

    private final AttributionSuggester suggester = new AttributionSuggester();

    @Test
    void theSuggestedContentMeetsGumsQuotations() throws IOException {
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String name : COMPLETE) {
            String text = Samples.read(Samples.WIKINEWS.resolve("GUM_news_" + name + ".txt"));
            JsonNode meta = new ObjectMapper().readTree(Samples.WIKINEWS.resolve("GUM_news_" + name + ".meta.json").toFile());
            List<SuggestedAttribution> suggested = suggester.suggest(text, List.of()).attributions();
            for (JsonNode span : meta.get("gum_quote_spans")) {
                int start = span.get("start").asInt();
                int end = span.get("end").asInt();
                boolean meets = suggested.stream().flatMap(attribution -> attribution.content().stream())
                        .anyMatch((Range part) -> part.start() < end && start < part.end());
                (meets ? met : missed).add(name + " " + start + "-" + end + " " + text.substring(start, Math.min(end, start + 60)));
            }
        }

        assertThat(met.size() + missed.size()).isEqualTo(24);
        assertThat(met).as("missed: %s", missed).hasSizeGreaterThanOrEqualTo(MET_AT_LEAST);
    }
}
