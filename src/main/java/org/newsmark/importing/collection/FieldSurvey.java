package org.newsmark.importing.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.importing.FieldMapping;

/** Gathers the fields of a collection's first records, with a few values of each, into a preview. */
final class FieldSurvey {

    static final int SAMPLES = 3;
    static final int SAMPLE_LENGTH = 80;

    private static final class Seen {
        int records;
        final List<String> samples = new ArrayList<>();
    }

    private final Map<String, Seen> fields = new LinkedHashMap<>();
    private int records;

    void add(CollectionRecord record) {
        records++;
        for (String name : record.fieldNames()) {
            Seen seen = fields.computeIfAbsent(name, any -> new Seen());
            seen.records++;
            if (seen.samples.size() < SAMPLES) {
                String value = record.value(name, ", ");
                if (value != null && !value.isBlank()) {
                    String head = value.length() > 4 * SAMPLE_LENGTH ? value.substring(0, 4 * SAMPLE_LENGTH) : value;
                    String sample = shorten(head.strip().replaceAll("\\s+", " "));
                    if (!seen.samples.contains(sample)) {
                        seen.samples.add(sample);
                    }
                }
            }
        }
    }

    int records() {
        return records;
    }

    CollectionPreview preview(FieldMapping mapping) {
        List<String> names = List.copyOf(fields.keySet());
        FieldMapping picked = FieldMapping.AUTOMATIC;
        for (String part : FieldMapping.PARTS) {
            picked = picked.with(part, mapping.fieldFor(part, names).orElse(null));
        }
        List<CollectionPreview.Field> found = new ArrayList<>();
        fields.forEach((name, seen) -> found.add(new CollectionPreview.Field(name, seen.records, seen.samples)));
        return new CollectionPreview(found, picked, records);
    }

    private static String shorten(String value) {
        if (value.length() <= SAMPLE_LENGTH) {
            return value;
        }
        int cut = SAMPLE_LENGTH - 1;
        if (Character.isLowSurrogate(value.charAt(cut))) {
            cut--;
        }
        return value.substring(0, cut) + "…";
    }
}
