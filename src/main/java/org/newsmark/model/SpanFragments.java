package org.newsmark.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The spans of an article as other tools see them: a discontinuous span (brat's {@code 0 5;10 15})
 * is stored as one annotation per fragment, each later fragment linked to the one before it by a
 * {@link RelationType#CONTINUES} link. This puts them back together, fragments in their order, the
 * first one (which carries the span's links, attributes and note) leading.
 */
public final class SpanFragments {

    private SpanFragments() {
    }

    /** One span: its fragments, the first one leading. */
    public record Span(List<Annotation> fragments) {
        public Span {
            fragments = List.copyOf(fragments);
        }

        public Annotation first() {
            return fragments.get(0);
        }

        public boolean discontinuous() {
            return fragments.size() > 1;
        }
    }

    /**
     * The article's spans, in the order of their first fragment's start (then end). An annotation
     * whose {@code continues} link leads outside {@code annotations} leads a span of its own.
     */
    public static List<Span> spans(List<Annotation> annotations, List<Link> links) {
        Map<UUID, Annotation> byId = new LinkedHashMap<>();
        annotations.forEach(annotation -> byId.put(annotation.id(), annotation));
        Map<UUID, UUID> next = new HashMap<>();
        Set<UUID> continuing = new HashSet<>();
        for (Link link : links) {
            if (link.type() == RelationType.CONTINUES && byId.containsKey(link.from()) && byId.containsKey(link.to())
                    && !next.containsKey(link.to()) && continuing.add(link.from())) {
                next.put(link.to(), link.from());
            }
        }
        List<Annotation> heads = new ArrayList<>();
        for (Annotation annotation : byId.values()) {
            if (!continuing.contains(annotation.id())) {
                heads.add(annotation);
            }
        }
        heads.sort(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end));
        List<Span> spans = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        for (Annotation head : heads) {
            List<Annotation> fragments = new ArrayList<>();
            for (UUID id = head.id(); id != null && placed.add(id); id = next.get(id)) {
                fragments.add(byId.get(id));
            }
            spans.add(new Span(fragments));
        }
        // Links never form a cycle (LinkRules), but a file read from elsewhere is not trusted to obey.
        for (Annotation annotation : byId.values()) {
            if (placed.add(annotation.id())) {
                spans.add(new Span(List.of(annotation)));
            }
        }
        return spans;
    }

    /** The ids of annotations that continue another one: fragments after the first. */
    public static Set<UUID> continuations(List<Link> links) {
        Set<UUID> ids = new HashSet<>();
        for (Link link : links) {
            if (link.type() == RelationType.CONTINUES) {
                ids.add(link.from());
            }
        }
        return ids;
    }
}
