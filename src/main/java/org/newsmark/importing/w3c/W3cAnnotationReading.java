package org.newsmark.importing.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.formats.W3cVocabulary;
import org.newsmark.importing.CarriedWork;

/**
 * What one Web Annotation says about its span, read from its bodies: the category (a classifying
 * body, else a tagging one, else a Hypothesis tag, else "Annotation"), the note (commenting bodies,
 * a {@code bodyValue}, a describing text, Hypothesis's {@code text}), attributes (describing bodies
 * with Newsmark's attribute name and value; further tags), the person (an identifying body), links
 * (linking bodies naming another annotation and the kind of link) and the annotator (the creator).
 */
final class W3cAnnotationReading {

    static final String DEFAULT_CATEGORY = "Annotation";

    String category;
    final List<String> notes = new ArrayList<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    CarriedWork.CarriedPerson person;
    /** Kind of link and the IRI of the annotation linked to. */
    final List<String[]> links = new ArrayList<>();
    String annotator;

    static W3cAnnotationReading of(JsonNode annotation) {
        W3cAnnotationReading reading = new W3cAnnotationReading();
        List<String> tags = new ArrayList<>();
        for (JsonNode body : W3cChecks.values(annotation.get("body"))) {
            reading.body(body, tags);
        }
        if (annotation.path("bodyValue").isTextual()) {
            reading.notes.add(annotation.get("bodyValue").textValue());
        }
        // Hypothesis's own (non-W3C) fields
        if (annotation.path("text").isTextual() && !annotation.get("text").textValue().isBlank()) {
            reading.notes.add(annotation.get("text").textValue());
        }
        for (JsonNode tag : W3cChecks.values(annotation.get("tags"))) {
            if (tag.isTextual() && !tag.textValue().isBlank()) {
                tags.add(tag.textValue());
            }
        }
        if (reading.category == null && !tags.isEmpty()) {
            reading.category = tags.remove(0);
        }
        if (!tags.isEmpty()) {
            reading.attributes.merge("Tags", String.join(", ", tags), (a, b) -> a + ", " + b);
        }
        if (reading.category == null || reading.category.isBlank()) {
            reading.category = DEFAULT_CATEGORY;
        }
        reading.annotator = agent(annotation.get("creator"));
        if (reading.annotator == null && annotation.path("user").isTextual()) {
            reading.annotator = annotation.get("user").textValue();
        }
        return reading;
    }

    private void body(JsonNode body, List<String> tags) {
        if (body.isTextual()) {
            notes.add(body.textValue());
            return;
        }
        if (W3cChecks.hasType(body, "Choice")) {
            List<JsonNode> items = W3cChecks.values(body.get("items"));
            if (!items.isEmpty()) {
                body(items.get(0), tags); // the preferred of the choices
            }
            return;
        }
        String purpose = body.path("purpose").asText("");
        String value = body.path("value").isTextual() ? body.get("value").textValue() : null;
        switch (purpose) {
            case "classifying" -> {
                if (value != null && category == null) {
                    category = value.strip();
                } else if (value != null) {
                    tags.add(value);
                }
            }
            case "tagging" -> {
                if (value != null) {
                    tags.add(value);
                }
            }
            case "describing" -> {
                if (body.path(W3cVocabulary.ATTRIBUTE).isTextual() && body.path(W3cVocabulary.VALUE).isTextual()) {
                    attributes.put(body.get(W3cVocabulary.ATTRIBUTE).textValue(), body.get(W3cVocabulary.VALUE).textValue());
                } else if (value != null) {
                    notes.add(value);
                }
            }
            case "identifying" -> {
                if (value != null && !value.isBlank()) {
                    person = new CarriedWork.CarriedPerson("person:" + value.strip(), value.strip(),
                            body.path(W3cVocabulary.PERSON_TYPE).asText(null), body.path(W3cVocabulary.PERSON_ROLE).asText(null),
                            body.path(W3cVocabulary.AFFILIATION).asText(null), List.of());
                }
            }
            case "linking" -> {
                String target = body.path("source").isTextual() ? body.get("source").textValue()
                        : body.path("id").asText(null);
                if (target != null && body.path(W3cVocabulary.RELATION).isTextual()) {
                    links.add(new String[] {body.get(W3cVocabulary.RELATION).textValue(), target});
                }
            }
            default -> {
                if (value != null) {
                    notes.add(value); // commenting, replying, a body without purpose
                }
            }
        }
    }

    /** A creator's name: its name, nickname, or the IRI that identifies it. */
    private static String agent(JsonNode creator) {
        for (JsonNode agent : W3cChecks.values(creator)) {
            if (agent.isTextual()) {
                return agent.textValue();
            }
            for (String field : new String[] {"name", "nickname", "id"}) {
                if (agent.path(field).isTextual() && !agent.get(field).textValue().isBlank()) {
                    return agent.get(field).textValue();
                }
            }
        }
        return null;
    }

    String note() {
        return String.join("\n\n", notes.stream().map(String::strip).filter(note -> !note.isEmpty()).toList());
    }
}
