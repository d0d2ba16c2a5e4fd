package org.newsmark.exporting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a findings table as one JSON object (docs/findings.md): the report's name, its scope, the
 * columns, the notes, and {@code "rows"}, each row an object keyed by the column names. Numbers stay
 * numbers (shares at full precision), missing values are {@code null}.
 */
public final class TableJson {

    private TableJson() {
    }

    public static void write(Writer out, String report, Map<String, ?> scope, List<String> columns, List<String> notes,
            Iterable<? extends List<?>> rows) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("report", report);
        json.writeObjectFieldStart("scope");
        for (Map.Entry<String, ?> entry : scope.entrySet()) {
            json.writeFieldName(entry.getKey());
            value(json, entry.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("columns");
        for (String column : columns) {
            json.writeString(column);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notes");
        for (String note : notes) {
            json.writeString(note);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (List<?> row : rows) {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                json.writeFieldName(columns.get(i));
                value(json, i < row.size() ? row.get(i) : null);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(value.toString());
        }
    }
}
