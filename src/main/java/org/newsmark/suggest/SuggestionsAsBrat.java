package org.newsmark.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.CodePointOffsets;
import org.newsmark.model.TextSpans.Range;

/**
 * Writes an article's suggested attributions as a brat {@code .ann} in the layout of PolNeAR and of
 * Newsmark's brat export: a {@code T} line for each distinct {@code Source}, {@code Cue} and
 * {@code Content} span (a content in several parts is one span of brat fragments,
 * {@code 10 42;57 80}), a trigger {@code T} on the cue's words (on the content's first part when there
 * is no cue), and one {@code E} line per attribution:
 * {@code E1 Attribution:T4 Content:T3 Cue:T2 Source:T1}, or {@code Attribution-no-source} without a
 * source. Offsets count code points of the text, as brat counts them; the text is taken as it is
 * (line ends included), so the offsets fit the {@code .txt} written from the same string.
 */
public final class SuggestionsAsBrat {

    public static final String SOURCE = "Source";
    public static final String CUE = "Cue";
    public static final String CONTENT = "Content";
    public static final String ATTRIBUTION = "Attribution";
    public static final String NO_SOURCE = "Attribution-no-source";

    private SuggestionsAsBrat() {
    }

    /** The {@code .ann} lines for the attributions of {@code suggestions}, found in {@code text}. */
    public static String ann(String text, Suggestions suggestions) {
        CodePointOffsets offsets = CodePointOffsets.of(text);
        Map<String, String> ids = new LinkedHashMap<>(); // "type offsets" → T id
        StringBuilder spans = new StringBuilder();
        StringBuilder events = new StringBuilder();
        int e = 0;
        for (SuggestedAttribution attribution : suggestions.attributions()) {
            String source = attribution.source() == null ? null
                    : span(SOURCE, List.of(attribution.source()), text, offsets, ids, spans);
            String cue = attribution.cue() == null ? null
                    : span(CUE, List.of(attribution.cue()), text, offsets, ids, spans);
            String content = span(CONTENT, attribution.content(), text, offsets, ids, spans);
            String type = source == null ? NO_SOURCE : ATTRIBUTION;
            String trigger = span(type, List.of(attribution.cue() != null ? attribution.cue() : attribution.content().get(0)),
                    text, offsets, ids, spans);
            events.append('E').append(++e).append('\t').append(type).append(':').append(trigger)
                    .append(" Content:").append(content);
            if (cue != null) {
                events.append(" Cue:").append(cue);
            }
            if (source != null) {
                events.append(" Source:").append(source);
            }
            events.append('\n');
        }
        return spans.append(events).toString();
    }

    /**
     * An {@code annotation.conf} declaring the types the {@code .ann} files use, so brat shows a folder
     * of suggestions without one of its own.
     */
    public static String annotationConf() {
        return """
                [entities]
                Source
                Cue
                Content

                [relations]

                [events]
                Attribution\tContent:Content, Cue?:Cue, Source:Source
                Attribution-no-source\tContent:Content, Cue?:Cue

                [attributes]
                """;
    }

    /** The id of the {@code T} line of this type over these parts, written the first time it is asked for. */
    private static String span(String type, List<Range> parts, String text, CodePointOffsets offsets,
            Map<String, String> ids, StringBuilder lines) {
        StringBuilder where = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (Range part : parts) {
            if (where.length() > 0) {
                where.append(';');
                words.append(' ');
            }
            where.append(offsets.toCodePoints(part.start())).append(' ').append(offsets.toCodePoints(part.end()));
            words.append(text, part.start(), part.end());
        }
        String key = type + ' ' + where;
        String id = ids.get(key);
        if (id == null) {
            id = "T" + (ids.size() + 1);
            ids.put(key, id);
            // No suggested span crosses a line break; were one to, the line's text must still stay one line.
            lines.append(id).append('\t').append(key).append('\t')
                    .append(words.toString().replace('\r', ' ').replace('\n', ' ')).append('\n');
        }
        return id;
    }
}
