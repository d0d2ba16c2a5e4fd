package org.newsmark.importing.collection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small readings of JSON values shared by the record readers. */
final class Json {

    private Json() {
    }

    /** A field's value as text (numbers and yes/no as written), or null when absent, null or not a value. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    }

    /** An object's fields holding values, by name, in their order. */
    static Map<String, String> textFields(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.fieldNames().forEachRemaining(name -> {
            String value = text(object, name);
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    /** What a value is, for "is not a JSON object but a list". */
    static String kind(JsonNode value) {
        if (value.isArray()) {
            return "a list";
        }
        if (value.isTextual()) {
            return "a text";
        }
        if (value.isNumber()) {
            return "a number";
        }
        return value.isBoolean() ? "true or false" : "null";
    }
}
