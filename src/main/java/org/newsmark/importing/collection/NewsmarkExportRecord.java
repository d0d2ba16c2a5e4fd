package org.newsmark.importing.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CarriedWork.CarriedPerson;
import org.newsmark.importing.CarriedWork.Span;
import org.newsmark.importing.CarriedWork.SpanLink;

/**
 * A line of Newsmark's own JSON Lines export (docs/schema.md): the coders' note, document codes,
 * annotations, links and people come back with the article. An annotation is kept only when its
 * offsets fall in the text and its quoted {@code text} is what the article has there; otherwise it
 * and its links are dropped and said so, since a shifted annotation would mark the wrong words.
 */
final class NewsmarkExportRecord {

    private NewsmarkExportRecord() {
    }

    static boolean recognises(ObjectNode record) {
        return record.path("text").isTextual() && record.path("annotations").isArray()
                && (record.has("codes") || record.has("links") || record.has("people"));
    }

    static CarriedWork read(ObjectNode record, NormalizedText text, String where, List<Dropped> dropped) {
        List<Span> spans = new ArrayList<>();
        JsonNode annotations = record.path("annotations");
        for (int i = 0; i < annotations.size(); i++) {
            String at = where + ", annotation " + (i + 1);
            String problem = problemOf(annotations.get(i), text);
            if (problem != null) {
                dropped.add(new Dropped(at, "was dropped: " + problem));
            } else {
                spans.add(span(annotations.get(i), text));
            }
        }
        Set<String> kept = new HashSet<>();
        spans.stream().map(Span::id).filter(id -> id != null).forEach(kept::add);
        List<SpanLink> links = new ArrayList<>();
        JsonNode linkNodes = record.path("links");
        for (int i = 0; i < linkNodes.size(); i++) {
            JsonNode link = linkNodes.get(i);
            String type = Json.text(link, "type");
            String from = Json.text(link, "from");
            String to = Json.text(link, "to");
            if (type == null || from == null || to == null) {
                dropped.add(new Dropped(where + ", link " + (i + 1), "was dropped: it needs a type, a from and a to"));
            } else if (!kept.contains(from) || !kept.contains(to)) {
                dropped.add(new Dropped(where + ", link " + (i + 1),
                        "was dropped: it joins annotations that were not read"));
            } else {
                links.add(new SpanLink(Json.text(link, "id"), type, from, to));
            }
        }
        return new CarriedWork(Json.text(record, "note"), Json.textFields(record.path("codes")), spans, links,
                people(record.path("people"), where, dropped));
    }

    /** Why an annotation cannot be kept, or null. */
    private static String problemOf(JsonNode annotation, NormalizedText text) {
        if (!annotation.isObject()) {
            return "it is not a JSON object";
        }
        if (Json.text(annotation, "category") == null) {
            return "it has no category";
        }
        if (!annotation.path("start").canConvertToExactIntegral() || !annotation.path("end").canConvertToExactIntegral()) {
            return "it has no start and end offsets";
        }
        String offsetProblem = Offsets.problem(annotation.path("start").asInt(), annotation.path("end").asInt(), text);
        if (offsetProblem != null) {
            return offsetProblem;
        }
        int start = annotation.path("start").asInt();
        int end = annotation.path("end").asInt();
        JsonNode quoted = annotation.get("text");
        String actual = text.raw().substring(start, end);
        if (quoted != null && quoted.isTextual() && !quoted.textValue().equals(actual)) {
            return "it quotes " + Offsets.quote(quoted.textValue()) + " but the text at " + start + "–" + end + " reads "
                    + Offsets.quote(actual);
        }
        return null;
    }

    private static Span span(JsonNode annotation, NormalizedText text) {
        Map<String, String> attributes = Json.textFields(annotation.path("attributes"));
        return new Span(Json.text(annotation, "id"), Json.text(annotation, "category"),
                text.map(annotation.path("start").asInt()), text.map(annotation.path("end").asInt()),
                Json.text(annotation, "note"), Json.text(annotation, "annotator"), attributes,
                Json.text(annotation, "speaker"));
    }

    private static List<CarriedPerson> people(JsonNode nodes, String where, List<Dropped> dropped) {
        List<CarriedPerson> people = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode person = nodes.get(i);
            String name = Json.text(person, "name");
            if (name == null || name.isBlank()) {
                dropped.add(new Dropped(where + ", person " + (i + 1), "was dropped: it has no name"));
                continue;
            }
            List<String> aliases = new ArrayList<>();
            person.path("aliases").forEach(alias -> {
                if (alias.isTextual()) {
                    aliases.add(alias.textValue());
                }
            });
            people.add(new CarriedPerson(Json.text(person, "id"), name, Json.text(person, "type"),
                    Json.text(person, "role"), Json.text(person, "affiliation"), aliases));
        }
        return people;
    }
}
