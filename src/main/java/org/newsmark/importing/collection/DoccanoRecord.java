package org.newsmark.importing.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CarriedWork.Span;
import org.newsmark.importing.CarriedWork.SpanLink;

/**
 * A record of a doccano JSONL export: {@code label} spans {@code [start, end, "LABEL"]}, or
 * {@code entities} {@code {id, start_offset, end_offset, label}} with {@code relations}
 * {@code {from_id, to_id, type}}, become spans whose category is the label and links of the relation's
 * type; text-classification labels (a list of names) become the document code "label".
 */
final class DoccanoRecord {

    /** The document code that holds a text-classification project's labels. */
    static final String LABEL_CODE = "label";

    /** A span as the record gives it, or why it is none; kept in order so problems are said in order. */
    private record Candidate(String where, String id, String label, int start, int end, String problem) {
        static Candidate malformed(String where, String problem) {
            return new Candidate(where, null, null, 0, 0, problem);
        }
    }

    private DoccanoRecord() {
    }

    static boolean recognises(ObjectNode record) {
        JsonNode labels = record.path("label");
        boolean labelled = labels.isArray() && (labels.isEmpty() || labels.get(0).isArray() || labels.get(0).isTextual());
        return labelled || record.path("entities").isArray();
    }

    static CarriedWork read(ObjectNode record, NormalizedText text, String where, List<Dropped> dropped) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        JsonNode labels = record.path("label");
        for (int i = 0; i < labels.size(); i++) {
            JsonNode label = labels.get(i);
            String at = where + ", label " + (i + 1);
            if (label.isTextual()) {
                classes.add(label.textValue());
            } else if (label.isArray() && label.size() >= 3 && label.get(0).canConvertToExactIntegral()
                    && label.get(1).canConvertToExactIntegral() && label.get(2).isTextual()) {
                candidates.add(new Candidate(at, null, label.get(2).textValue(), label.get(0).asInt(), label.get(1).asInt(),
                        null));
            } else {
                candidates.add(Candidate.malformed(at, "it is neither a label name nor [start, end, \"LABEL\"]"));
            }
        }
        JsonNode entities = record.path("entities");
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String at = where + ", entity " + (i + 1);
            if (Json.text(entity, "label") == null || !entity.path("start_offset").canConvertToExactIntegral()
                    || !entity.path("end_offset").canConvertToExactIntegral()) {
                candidates.add(Candidate.malformed(at, "it needs a start_offset, an end_offset and a label"));
            } else {
                candidates.add(new Candidate(at, Json.text(entity, "id"), Json.text(entity, "label"),
                        entity.path("start_offset").asInt(), entity.path("end_offset").asInt(), null));
            }
        }
        List<Span> spans = spans(candidates, text, dropped);
        Set<String> kept = new HashSet<>();
        spans.stream().map(Span::id).filter(id -> id != null).forEach(kept::add);
        List<SpanLink> links = new ArrayList<>();
        JsonNode relations = record.path("relations");
        for (int i = 0; i < relations.size(); i++) {
            JsonNode relation = relations.get(i);
            String type = Json.text(relation, "type");
            String from = Json.text(relation, "from_id");
            String to = Json.text(relation, "to_id");
            if (type == null || from == null || to == null || !kept.contains(from) || !kept.contains(to)) {
                dropped.add(new Dropped(where + ", relation " + (i + 1),
                        "was dropped: it needs a type and two entities that were read"));
            } else {
                links.add(new SpanLink(type, from, to));
            }
        }
        Map<String, String> codes = classes.isEmpty() ? Map.of() : Map.of(LABEL_CODE, String.join(", ", classes));
        return new CarriedWork(null, codes, spans, links, List.of());
    }

    private static List<Span> spans(List<Candidate> candidates, NormalizedText text, List<Dropped> dropped) {
        DoccanoOffsets offsets = new DoccanoOffsets(text.raw(), candidates.stream().filter(c -> c.problem() == null)
                .map(candidate -> new int[] {candidate.start(), candidate.end()}).toList());
        List<Span> spans = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int start = offsets.toUtf16(candidate.start());
            int end = offsets.toUtf16(candidate.end());
            String problem = candidate.problem();
            if (problem == null && (start < 0 || end < 0)) {
                problem = "its offsets " + candidate.start() + "–" + candidate.end() + " fall outside the text";
            } else if (problem == null) {
                problem = Offsets.problem(start, end, text);
            }
            if (problem != null) {
                dropped.add(new Dropped(candidate.where(), "was dropped: " + problem));
            } else {
                spans.add(new Span(candidate.id(), candidate.label(), text.map(start), text.map(end), "", null, Map.of(),
                        null));
            }
        }
        return spans;
    }
}
