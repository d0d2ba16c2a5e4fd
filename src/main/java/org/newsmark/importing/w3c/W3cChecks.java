package org.newsmark.importing.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Web Annotation Data Model's MUSTs that an importer can check, as the W3C's own test files
 * break them: one IRI as id, the type Annotation, a target, bodies that are IRIs or hold a value,
 * dates that are dates, IRIs where IRIs belong, a source for a specific resource, one value for a
 * fragment selector. An annotation that breaks one is skipped, saying which.
 */
final class W3cChecks {

    private W3cChecks() {
    }

    /** Why the annotation is not valid Web Annotation, or an empty list when it is. */
    static List<String> problems(JsonNode annotation) {
        List<String> problems = new ArrayList<>();
        JsonNode id = annotation.get("id");
        if (id != null && !(id.isTextual() && isIri(id.textValue()))) {
            problems.add(id.isArray() ? "it has several ids; an annotation has one IRI" : "its id " + id + " is not an IRI");
        }
        if (!hasType(annotation, "Annotation")) {
            problems.add(annotation.has("type") ? "its type " + annotation.get("type") + " is not Annotation" : "it has no type");
        }
        JsonNode target = annotation.get("target");
        if (target == null || target.isNull() || target.isArray() && target.isEmpty()) {
            problems.add("it has no target");
        } else {
            for (JsonNode each : values(target)) {
                resource(each, "target", problems);
            }
        }
        JsonNode body = annotation.get("body");
        if (body != null && annotation.has("bodyValue")) {
            problems.add("it has both a body and a bodyValue");
        }
        if (annotation.has("bodyValue") && !annotation.get("bodyValue").isTextual()) {
            problems.add("its bodyValue is not one text");
        }
        if (body != null) {
            for (JsonNode each : values(body)) {
                body(each, problems);
            }
        }
        for (String date : new String[] {"created", "modified", "generated"}) {
            JsonNode value = annotation.get(date);
            if (value != null && !(value.isTextual() && isDateTime(value.textValue()))) {
                problems.add("its " + date + " " + value + " is not one date and time (xsd:dateTime)");
            }
        }
        for (String agent : new String[] {"creator", "generator"}) {
            for (JsonNode value : values(annotation.get(agent))) {
                if (!(value.isObject() || value.isTextual() && isIri(value.textValue()))) {
                    problems.add("its " + agent + " " + value + " is neither an IRI nor a description");
                }
            }
        }
        for (String iri : new String[] {"rights", "via", "canonical"}) {
            JsonNode value = annotation.get(iri);
            if (value != null) {
                List<JsonNode> all = values(value);
                if (iri.equals("canonical") && all.size() > 1 || all.stream().anyMatch(v -> !v.isTextual() || !isIri(v.textValue()))) {
                    problems.add("its " + iri + " " + value + " is not " + (iri.equals("canonical") ? "one IRI" : "IRIs"));
                }
            }
        }
        return problems;
    }

    private static void body(JsonNode body, List<String> problems) {
        if (body.isTextual()) {
            if (!isIri(body.textValue())) {
                problems.add("its body \u201C" + body.textValue() + "\u201D is neither an IRI nor a TextualBody");
            }
            return;
        }
        if (!body.isObject()) {
            problems.add("its body " + body + " is neither an IRI nor a resource");
            return;
        }
        if (hasType(body, "TextualBody") && !body.path("value").isTextual()) {
            problems.add("a TextualBody of it has no value");
        }
        if (hasType(body, "Choice")) {
            values(body.get("items")).forEach(item -> body(item, problems));
        } else if (body.has("source") || hasType(body, "SpecificResource")) {
            resource(body, "body", problems);
        }
    }

    private static void resource(JsonNode resource, String what, List<String> problems) {
        if (resource.isTextual()) {
            if (!isIri(resource.textValue())) {
                problems.add("its " + what + " \u201C" + resource.textValue() + "\u201D is not an IRI");
            }
            return;
        }
        if (!resource.isObject()) {
            problems.add("its " + what + " " + resource + " is neither an IRI nor a resource");
            return;
        }
        if (hasType(resource, "SpecificResource") && !resource.has("source")) {
            problems.add("a SpecificResource of its " + what + " has no source");
        }
        for (JsonNode selector : values(resource.get("selector"))) {
            selector(selector, problems);
        }
    }

    private static void selector(JsonNode selector, List<String> problems) {
        if (hasType(selector, "FragmentSelector")) {
            JsonNode value = selector.get("value");
            if (value == null || !value.isTextual()) {
                problems.add(value == null ? "a FragmentSelector has no value" : "a FragmentSelector has more than one value");
            }
            if (selector.has("conformsTo") && !selector.get("conformsTo").isTextual()) {
                problems.add("a FragmentSelector conforms to more than one specification");
            }
        }
        if (selector.has("refinedBy")) {
            values(selector.get("refinedBy")).forEach(refinement -> selector(refinement, problems));
        }
    }

    static boolean hasType(JsonNode node, String type) {
        return values(node.get("type")).stream().anyMatch(value -> value.isTextual() && value.textValue().equals(type));
    }

    /** A value or the values of a list, as the model allows either. */
    static List<JsonNode> values(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }

    static boolean isIri(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException again) {
                return false;
            }
        }
    }
}
