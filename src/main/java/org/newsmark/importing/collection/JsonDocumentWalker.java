package org.newsmark.importing.collection;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportException;

/**
 * Finds the records of a JSON document as its tokens stream past, never holding the document whole:
 * <ul>
 *   <li>a top-level list: each element is a record ("[4]");</li>
 *   <li>a top-level object whose first list of objects, directly inside it or one object down, holds
 *       the records: {@code {"articles": […]}} (NewsAPI), {@code {"data": […]}},
 *       {@code {"response": {"results": […]}}} (the Guardian);</li>
 *   <li>a top-level object that is itself a record ("line 1"): one with no such list, or one whose
 *       text comes before its lists, as a doccano record's {@code "text"} comes before its
 *       {@code "entities"}. Several such objects one after another (pretty-printed JSON Lines) are
 *       several records.</li>
 * </ul>
 * Deciding at the first list keeps the walk a single streaming pass; the same rule serves the check
 * of the whole file and the reading, so both count the same records.
 */
final class JsonDocumentWalker {

    /** What the walk finds; records are numbered in order from 0 across the document. */
    interface Visitor {
        /** A record in a list: the parser is at its start and must be left at its end. */
        void element(JsonParser parser, String where, int ordinal) throws IOException;

        /** A top-level object that is itself a record, read whole, of {@code chars} characters. */
        void whole(ObjectNode record, String where, int ordinal, long chars);

        /** An element of the list of records that is not an object. */
        void notAnObject(String where, String kind);
    }

    /** Thrown by a visitor that has seen enough (a preview). */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final FieldMapping mapping;
    private int ordinal;

    JsonDocumentWalker(FieldMapping mapping) {
        this.mapping = mapping;
    }

    void walk(JsonParser parser, Visitor visitor) throws IOException, ImportException {
        try {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    elements(parser, parser.nextToken(), visitor);
                } else if (token == JsonToken.START_OBJECT) {
                    topObject(parser, visitor);
                } else {
                    throw new ImportException("it is JSON, but holds " + kind(token)
                            + " rather than records (a list of objects)");
                }
            }
        } catch (Stop enough) {
            // the visitor has what it needs
        }
    }

    private void elements(JsonParser parser, JsonToken first, Visitor visitor) throws IOException {
        int index = 0;
        for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            String where = "[" + index + "]";
            if (token == JsonToken.START_OBJECT) {
                visitor.element(parser, where, ordinal++);
            } else {
                visitor.notAnObject(where, kind(token));
                parser.skipChildren();
                ordinal++;
            }
        }
    }

    private void topObject(JsonParser parser, Visitor visitor) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        ObjectNode record = JsonSetup.MAPPER.createObjectNode();
        if (scan(parser, record, 1, visitor)) {
            return;
        }
        long chars = parser.currentTokenLocation().getCharOffset() - start.getCharOffset() + 1;
        visitor.whole(record, "line " + start.getLineNr(), ordinal++, chars);
    }

    /**
     * Reads an object's fields into {@code into} until a list of objects shows where the records
     * are; then walks them, skips the rest of the object and returns true.
     */
    private boolean scan(JsonParser parser, ObjectNode into, int depth, Visitor visitor) throws IOException {
        boolean textSeen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && !textSeen) {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_OBJECT) {
                    elements(parser, first, visitor);
                    skipRest(parser);
                    return true;
                }
                into.set(name, restOfList(parser, first));
            } else if (value == JsonToken.START_OBJECT && !textSeen && depth < 2) {
                ObjectNode nested = JsonSetup.MAPPER.createObjectNode();
                if (scan(parser, nested, depth + 1, visitor)) {
                    skipRest(parser);
                    return true;
                }
                into.set(name, nested);
            } else {
                JsonNode node = parser.readValueAsTree();
                into.set(name, node);
                textSeen |= depth == 1 && node.isTextual() && mapping.fieldFor("text", List.of(name)).isPresent();
            }
        }
        return false;
    }

    private static ArrayNode restOfList(JsonParser parser, JsonToken first) throws IOException {
        ArrayNode list = JsonSetup.MAPPER.createArrayNode();
        for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            list.add((JsonNode) parser.readValueAsTree());
        }
        return list;
    }

    /** Skips the remaining fields of the object the parser is in, to its end. */
    private static void skipRest(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    private static String kind(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "a list";
            case VALUE_STRING:
                return "a text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "true or false";
            default:
                return "null";
        }
    }
}
