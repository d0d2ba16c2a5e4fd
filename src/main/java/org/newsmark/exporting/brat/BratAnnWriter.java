package org.newsmark.exporting.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsmark.exporting.ExportedArticles;
import org.newsmark.formats.BratNames;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.RelationType;
import org.newsmark.model.SpanFragments;

/**
 * Writes one article's annotations as a brat {@code .ann} (docs/formats.md, "brat"): a {@code T} line
 * per span (a discontinuous span's fragments in one line, {@code 0 5;10 15}), an {@code E} line per
 * attribution in the PARC / PolNeAR style ({@code E1 Attribution:T9 Content:T3 Cue:T2 Source:T1}, the
 * trigger a {@code T} on the cue's words; {@code Attribution-no-source} when the content has no
 * source), an {@code R} line per "about" link, {@code A} lines for attributes and {@code #} lines for
 * notes. Contents that share their cue and source make one event ({@code Content}, {@code Content2}).
 * A cue link to a span of the category {@code Attribution} or {@code Attribution-no-source} (a trigger
 * kept by a brat import because it was not on the cue) makes that span the event's trigger; such a
 * span linked to no content is an event of its own, without arguments, as brat requires of a trigger.
 */
final class BratAnnWriter {

    static final String ATTRIBUTION = "Attribution";
    static final String NO_SOURCE = "Attribution-no-source";
    private static final Set<String> EVENT_TYPES = Set.of(ATTRIBUTION, NO_SOURCE);

    /** What one article's {@code .ann} used, for the collection's {@code annotation.conf}. */
    record Usage(Set<String> eventTypes, Set<String> relationTypes, Map<String, Set<String>> attributeValues,
            Set<String> flags) {
    }

    private final ExportedArticles names;
    private final Codebook codebook;

    BratAnnWriter(ExportedArticles names) {
        this.names = names;
        this.codebook = names.codebook();
    }

    /** An attribution as it is written: its contents, sources, cues and (if one was imported) trigger, as T ids. */
    private static final class Event {
        final List<String> contents = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final List<String> cues = new ArrayList<>();
        final List<String> triggers = new ArrayList<>();

        List<List<String>> key() {
            return List.of(sorted(sources), sorted(cues), sorted(triggers));
        }

        private static List<String> sorted(List<String> ids) {
            return ids.stream().sorted().toList();
        }
    }

    record Written(String ann, Usage usage) {
    }

    Written write(ExportedArticles.Item item, ExportText text) {
        StringBuilder ann = new StringBuilder();
        Usage usage = new Usage(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>(), new LinkedHashSet<>());
        List<SpanFragments.Span> spans = SpanFragments.spans(item.annotations(), item.links());
        Map<UUID, String> tOf = new HashMap<>();
        Map<String, SpanFragments.Span> spanOf = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        int t = 0;
        for (SpanFragments.Span span : spans) {
            String id = "T" + (++t);
            span.fragments().forEach(fragment -> tOf.put(fragment.id(), id));
            spanOf.put(id, span);
            String type = BratNames.toBrat(names.categoryName(span.first().categoryId()));
            typeOf.put(id, type);
            ann.append(id).append('\t').append(type).append(' ').append(offsets(span, text)).append('\t')
                    .append(spanText(span, text)).append('\n');
        }
        Map<String, Event> hubs = new LinkedHashMap<>();
        List<String[]> about = new ArrayList<>();
        for (Link link : item.links()) {
            String from = tOf.get(link.from());
            String to = tOf.get(link.to());
            if (from == null || to == null || from.equals(to) || link.type() == RelationType.CONTINUES) {
                continue;
            }
            switch (link.type()) {
                case ATTRIBUTED_TO -> hub(hubs, from).sources.add(to);
                case CUE -> {
                    Event event = hub(hubs, from);
                    if (EVENT_TYPES.contains(typeOf.get(to))) {
                        event.triggers.add(to);
                    } else {
                        event.cues.add(to);
                    }
                }
                case ABOUT -> about.add(new String[] {from, to});
                default -> {
                }
            }
        }
        // Contents with the same source and cue are one attribution (PolNeAR's Content and Content2).
        Map<List<List<String>>, Event> events = new LinkedHashMap<>();
        hubs.forEach((content, hub) -> {
            boolean shareable = !hub.cues.isEmpty() || !hub.triggers.isEmpty();
            Event event = shareable ? events.computeIfAbsent(hub.key(), key -> hub) : hub;
            if (!shareable) {
                events.put(List.of(List.of(content)), hub);
            }
            event.contents.add(content);
        });
        Map<String, String> regenerated = new HashMap<>();
        int e = 0;
        StringBuilder eventLines = new StringBuilder();
        Set<String> triggers = new java.util.HashSet<>();
        events.values().forEach(event -> triggers.addAll(event.triggers));
        for (String id : typeOf.keySet().stream().sorted(java.util.Comparator.comparingInt(id -> Integer.parseInt(id.substring(1))))
                .toList()) {
            if (EVENT_TYPES.contains(typeOf.get(id)) && !triggers.contains(id)) {
                usage.eventTypes().add(typeOf.get(id));
                eventLines.append('E').append(++e).append('\t').append(typeOf.get(id)).append(':').append(id).append('\n');
            }
        }
        for (Event event : events.values()) {
            String trigger;
            String type;
            List<String> cues = new ArrayList<>(event.cues);
            if (!event.triggers.isEmpty()) {
                trigger = event.triggers.get(0);
                type = typeOf.get(trigger);
                cues.addAll(event.triggers.subList(1, event.triggers.size()));
            } else {
                type = event.sources.isEmpty() ? NO_SOURCE : ATTRIBUTION;
                String on = cues.isEmpty() ? event.contents.get(0) : cues.get(0);
                String key = type + "\t" + on;
                trigger = regenerated.get(key);
                if (trigger == null) {
                    trigger = "T" + (++t);
                    regenerated.put(key, trigger);
                    SpanFragments.Span span = spanOf.get(on);
                    ann.append(trigger).append('\t').append(type).append(' ').append(offsets(span, text)).append('\t')
                            .append(spanText(span, text)).append('\n');
                }
            }
            usage.eventTypes().add(type);
            eventLines.append('E').append(++e).append('\t').append(type).append(':').append(trigger);
            arguments(eventLines, "Content", event.contents);
            arguments(eventLines, "Cue", cues);
            arguments(eventLines, "Source", event.sources);
            eventLines.append('\n');
        }
        ann.append(eventLines);
        int r = 0;
        for (String[] link : about) {
            usage.relationTypes().add("About");
            ann.append('R').append(++r).append("\tAbout Arg1:").append(link[0]).append(" Arg2:").append(link[1]).append('\n');
        }
        int a = 0;
        int n = 0;
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            Annotation first = spans.get(i).first();
            String id = "T" + (i + 1);
            for (Map.Entry<String, String> value : attributeValues(first).entrySet()) {
                String attribute = BratNames.toBrat(value.getKey());
                ann.append('A').append(++a).append('\t').append(attribute).append(' ').append(id);
                if (isFlag(first, value.getKey(), value.getValue())) {
                    usage.flags().add(attribute);
                } else {
                    String written = BratNames.valueToBrat(value.getValue());
                    ann.append(' ').append(written);
                    usage.attributeValues().computeIfAbsent(attribute, name -> new LinkedHashSet<>()).add(written);
                }
                ann.append('\n');
            }
            if (!first.note().isBlank()) {
                notes.append('#').append(++n).append("\tAnnotatorNotes ").append(id).append('\t')
                        .append(first.note().strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).append('\n');
            }
        }
        ann.append(notes);
        return new Written(ann.toString(), usage);
    }

    private static Event hub(Map<String, Event> hubs, String content) {
        return hubs.computeIfAbsent(content, id -> new Event());
    }

    /** Role names repeat with a number, as brat writes them: Content, Content2, Content3. */
    private static void arguments(StringBuilder line, String role, List<String> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < distinct.size(); i++) {
            line.append(' ').append(role).append(i == 0 ? "" : Integer.toString(i + 1)).append(':').append(distinct.get(i));
        }
    }

    private Map<String, String> attributeValues(Annotation annotation) {
        return names.attributes(annotation);
    }

    /** A yes/no attribute set to yes is a brat flag: present or absent. */
    private boolean isFlag(Annotation annotation, String name, String value) {
        if (!"yes".equals(value)) {
            return false;
        }
        Category category = codebook.category(annotation.categoryId()).orElse(null);
        if (category == null) {
            return false;
        }
        for (AttributeDefinition attribute : codebook.attributesOf(category)) {
            if (attribute.name().equals(name)) {
                return attribute.type() == AttributeType.YES_NO;
            }
        }
        return false;
    }

    private static String offsets(SpanFragments.Span span, ExportText text) {
        StringBuilder offsets = new StringBuilder();
        for (Annotation fragment : span.fragments()) {
            if (offsets.length() > 0) {
                offsets.append(';');
            }
            offsets.append(text.brat(fragment.start())).append(' ').append(text.brat(fragment.end()));
        }
        return offsets.toString();
    }

    /** The fragments' text joined by a space, as brat writes (and checks) it. */
    private static String spanText(SpanFragments.Span span, ExportText text) {
        StringBuilder joined = new StringBuilder();
        for (Annotation fragment : span.fragments()) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(text.text(), text.utf16(fragment.start()), text.utf16(fragment.end()));
        }
        return joined.toString();
    }
}
