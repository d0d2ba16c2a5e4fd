package org.newsmark.importing.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.newsmark.importing.FieldMapping;

/** A JSON object as a record: nested objects are dotted fields, lists are joined, objects named by their name. */
final class JsonRecord implements CollectionRecord {

    private final ObjectNode node;
    private List<String> fieldNames;

    JsonRecord(ObjectNode node) {
        this.node = node;
    }

    ObjectNode node() {
        return node;
    }

    @Override
    public List<String> fieldNames() {
        if (fieldNames == null) {
            fieldNames = new ArrayList<>();
            collect(node, "", fieldNames);
        }
        return fieldNames;
    }

    private static void collect(JsonNode object, String prefix, List<String> names) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            if (field.getValue().isObject() && !field.getValue().isEmpty()) {
                collect(field.getValue(), name + ".", names);
            } else {
                names.add(name);
            }
        }
    }

    @Override
    public String value(String field, String joiner) {
        JsonNode found = find(node, field);
        return found == null ? null : text(found, joiner);
    }

    /** The node at a dotted path; a key that itself holds dots ("og.title") is found too. */
    private static JsonNode find(JsonNode object, String path) {
        JsonNode direct = object.get(path);
        if (direct != null) {
            return direct;
        }
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            JsonNode child = object.get(path.substring(0, dot));
            if (child != null && child.isObject()) {
                JsonNode found = find(child, path.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode value, String joiner) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isValueNode() && !value.isNull()) {
            return value.asText();
        }
        if (value.isObject()) {
            for (String nameField : FieldMapping.NAME_FIELDS) {
                JsonNode name = value.get(nameField);
                if (name != null && name.isValueNode() && !name.isNull()) {
                    return text(name, joiner);
                }
            }
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                String text = text(item, joiner);
                if (text != null && !text.isBlank()) {
                    items.add(text.strip());
                }
            }
            return items.isEmpty() ? null : String.join(joiner, items);
        }
        return null;
    }
}
