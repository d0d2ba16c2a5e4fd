package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmark.model.CodePointOffsets;
import org.newsmark.model.TextSpans.Range;

/**
 * An article's suggestions as one JSON object (docs/suggestions.md, "On the command line"), built of
 * maps and lists for any JSON writer: the article's name and text, its attributions (each span with
 * its offsets and words) and the mentions of registered people. Offsets count code points of
 * {@code text}, end exclusive, as brat and Python count them.
 */
public final class SuggestionsAsJson {

    private SuggestionsAsJson() {
    }

    /**
     * @param name    the article's name (the file name without {@code .txt}, or the export name of a project's article)
     * @param article the project's id of the article, or null for a text file
     */
    public static Map<String, Object> of(String name, Long article, String text, Suggestions suggestions) {
        CodePointOffsets offsets = CodePointOffsets.of(text);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        if (article != null) {
            json.put("article", article);
        }
        json.put("text", text);
        List<Object> attributions = new ArrayList<>();
        for (SuggestedAttribution attribution : suggestions.attributions()) {
            Map<String, Object> one = new LinkedHashMap<>();
            List<Object> content = new ArrayList<>();
            attribution.content().forEach(part -> content.add(span(part, text, offsets)));
            one.put("content", content);
            one.put("cue", span(attribution.cue(), text, offsets));
            one.put("source", span(attribution.source(), text, offsets));
            one.put("referent", span(attribution.referent(), text, offsets));
            one.put("person", person(attribution.person()));
            one.put("speech", attribution.speech().name().toLowerCase(Locale.ROOT));
            one.put("confidence", Math.round(attribution.confidence() * 1000) / 1000.0);
            attributions.add(one);
        }
        json.put("attributions", attributions);
        List<Object> mentions = new ArrayList<>();
        for (SpeakerMention mention : suggestions.mentions()) {
            Map<String, Object> one = span(mention.range(), text, offsets);
            one.put("person", person(mention.match()));
            mentions.add(one);
        }
        json.put("mentions", mentions);
        return json;
    }

    private static Map<String, Object> span(Range range, String text, CodePointOffsets offsets) {
        if (range == null) {
            return null;
        }
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", offsets.toCodePoints(range.start()));
        span.put("end", offsets.toCodePoints(range.end()));
        span.put("text", text.substring(range.start(), range.end()));
        return span;
    }

    private static Map<String, Object> person(PersonMatch match) {
        if (match == null) {
            return null;
        }
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", match.person().id().toString());
        person.put("name", match.person().name());
        person.put("match", match.kind().name().toLowerCase(Locale.ROOT));
        return person;
    }
}
