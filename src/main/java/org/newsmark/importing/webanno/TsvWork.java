package org.newsmark.importing.webanno;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CarriedWork.CarriedPerson;
import org.newsmark.importing.CarriedWork.Span;
import org.newsmark.importing.CarriedWork.SpanLink;
import org.newsmark.model.RelationType;

/**
 * The annotations of a WebAnno TSV file as the work an article brings (docs/formats.md, "WebAnno TSV"):
 * <ul>
 *   <li>a span annotation's category is named by its label, the value of its layer's {@code value}
 *       feature or else its first feature, as a sub-category of the layer ({@code NamedEntity › PER},
 *       {@code Referent › person}); without a label, by the layer. Its other features are attributes.
 *       A layer with a {@code category} feature (Newsmark's own export) names the category itself and
 *       gives the {@code note} and {@code person};</li>
 *   <li>a chain element is a span of its layer, sub-category its {@code referenceType}, with its chain's
 *       number as the attribute {@code chain}: Newsmark has no coreference link, so the links between
 *       the elements are reported, not kept;</li>
 *   <li>a relation whose label is a kind of link Newsmark keeps ({@code attributed_to}, {@code cue},
 *       {@code about}, {@code continues}) becomes that link, from its source to its target; other
 *       relations, slot features and zero-length spans are reported.</li>
 * </ul>
 */
final class TsvWork {

    /** Something not kept: the line it was read from, and why. */
    record Skipped(int line, String reason) {
    }

    record Result(CarriedWork work, List<Skipped> skipped) {
    }

    static final String CHAIN_ATTRIBUTE = "chain";
    static final String CHAIN_RELATION_ATTRIBUTE = "referenceRelation";

    private TsvWork() {
    }

    static Result of(TsvDocument document) {
        List<Skipped> skipped = new ArrayList<>();
        document.problems.forEach(problem -> skipped.add(new Skipped(problem.line(), problem.reason())));
        Map<String, String> parents = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        Map<TsvDocument.Span, String> ids = new IdentityHashMap<>();
        Map<String, CarriedPerson> people = new LinkedHashMap<>();
        Map<String, Integer> slots = new LinkedHashMap<>();
        Map<String, Set<Integer>> chains = new LinkedHashMap<>();
        for (TsvDocument.Span span : document.spans) {
            String layer = span.layer.name();
            if (span.slots) {
                slots.merge(layer, 1, Integer::sum);
            }
            if (span.end <= span.begin) {
                skipped.add(new Skipped(span.line, "a " + layer + " annotation at " + span.begin + " selects no text "
                        + "(zero length) and was not kept"));
                continue;
            }
            String id = "S" + (spans.size() + 1);
            ids.put(span, id);
            Map<String, String> attributes = new LinkedHashMap<>();
            String category;
            String note = "";
            String speaker = null;
            if (span.chain != null) {
                chains.computeIfAbsent(layer, key -> new LinkedHashSet<>()).add(span.chain);
                category = labelled(span.chainType, layer, parents);
                attributes.put(CHAIN_ATTRIBUTE, Integer.toString(span.chain));
                if (span.chainRelation != null) {
                    attributes.put(CHAIN_RELATION_ATTRIBUTE, span.chainRelation);
                }
            } else if (hasFeature(document, span.layer, "category")) {
                category = blankToNull(span.features.get("category")) == null ? layer : span.features.get("category");
                for (Map.Entry<String, String> feature : span.features.entrySet()) {
                    switch (feature.getKey()) {
                        case "category" -> {
                        }
                        case "note" -> note = feature.getValue();
                        case "person" -> {
                            if (!feature.getValue().isBlank()) {
                                speaker = feature.getValue().strip();
                                people.putIfAbsent(speaker, new CarriedPerson(speaker, speaker, null, null, null, List.of()));
                            }
                        }
                        default -> attributes.put(feature.getKey().replace('_', ' '), feature.getValue());
                    }
                }
            } else {
                String label = labelFeature(document, span.layer);
                category = labelled(label == null ? null : span.features.get(label), layer, parents);
                span.features.forEach((name, value) -> {
                    if (!name.equals(label)) {
                        attributes.put(name, value);
                    }
                });
            }
            spans.add(new Span(id, category, span.begin, span.end, note, null, attributes, speaker));
        }
        List<SpanLink> links = new ArrayList<>();
        Map<String, Set<String>> unkept = new LinkedHashMap<>();
        Map<String, Integer> unkeptLine = new HashMap<>();
        for (TsvDocument.Relation relation : document.relations) {
            RelationType type = relationType(relation.features.values());
            String layer = relation.layer.name();
            if (type == null) {
                unkept.computeIfAbsent(layer, key -> new LinkedHashSet<>()).add(relation.features.isEmpty() ? "no label"
                        : String.join(", ", relation.features.values()));
                unkeptLine.putIfAbsent(layer, relation.target.line());
                continue;
            }
            TsvDocument.Span source = relation.sourceUnit == null ? null
                    : document.resolve(relation.sourceUnit, relation.layer.baseType(), relation.sourceId);
            TsvDocument.Span target = document.resolve(relation.target.id(), relation.layer.baseType(), relation.targetId);
            if (source == null || target == null || !ids.containsKey(source) || !ids.containsKey(target) || source == target) {
                skipped.add(new Skipped(relation.target.line(), "a " + layer + " relation (" + type.code()
                        + ") was not kept: one of its ends is no annotation that was read"));
                continue;
            }
            links.add(new SpanLink(type.code(), ids.get(source), ids.get(target)));
        }
        unkept.forEach((layer, labels) -> skipped.add(new Skipped(unkeptLine.get(layer), layer + " relations ("
                + String.join("; ", labels) + ") were not kept: Newsmark links annotations only as attributed_to, cue, "
                + "about and continues")));
        chains.forEach((layer, numbers) -> skipped.add(new Skipped(0, "the links of " + numbers.size() + " " + layer
                + (numbers.size() == 1 ? " chain" : " chains") + " were not kept as links (Newsmark has no coreference link); "
                + "each mention keeps its chain's number as the attribute \u201C" + CHAIN_ATTRIBUTE + "\u201D")));
        slots.forEach((layer, count) -> skipped.add(new Skipped(0, "the slot features of " + count + " " + layer
                + " annotations were not kept: Newsmark has no slots")));
        CarriedWork work = new CarriedWork(null, Map.of(), spans, links, List.copyOf(people.values()),
                new CarriedWork.Hints(Map.of(), parents, Map.of(), Map.of()));
        return new Result(work, skipped);
    }

    /** A category named by the label, under its layer; or the layer itself when there is no label. */
    private static String labelled(String label, String layer, Map<String, String> parents) {
        if (blankToNull(label) == null || label.strip().equalsIgnoreCase(layer)) {
            return layer;
        }
        parents.putIfAbsent(label.strip(), layer);
        return label.strip();
    }

    private static boolean hasFeature(TsvDocument document, TsvSchema.Layer layer, String feature) {
        return document.schema.columns.stream().anyMatch(column -> column.layer() == layer
                && column.kind() == TsvSchema.ColumnKind.PRIMITIVE && feature.equals(column.feature()));
    }

    /** The feature that labels a layer's annotations: {@code value}, else the first. */
    private static String labelFeature(TsvDocument document, TsvSchema.Layer layer) {
        String first = null;
        for (TsvSchema.Column column : document.schema.columns) {
            if (column.layer() == layer && column.kind() == TsvSchema.ColumnKind.PRIMITIVE) {
                if ("value".equals(column.feature())) {
                    return "value";
                }
                if (first == null) {
                    first = column.feature();
                }
            }
        }
        return first;
    }

    private static RelationType relationType(java.util.Collection<String> values) {
        for (String value : values) {
            String key = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (RelationType type : RelationType.values()) {
                if (type.code().replace("_", "").equals(key)) {
                    return type;
                }
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
