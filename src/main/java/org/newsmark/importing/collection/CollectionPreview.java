package org.newsmark.importing.collection;

import java.util.List;
import org.newsmark.importing.FieldMapping;

/**
 * What the first records of a collection hold, for the mapping dialog.
 *
 * @param fields  every field found, in the order first seen; nested JSON fields dotted ("source.name")
 * @param picked  the field each part of an article is read from: the mapping's where it names one
 *                that is there, else the one found by its usual name; null parts are found in no record
 * @param records how many records were looked at
 */
public record CollectionPreview(List<Field> fields, FieldMapping picked, int records) {

    /**
     * @param name    the field's name
     * @param records in how many of the records looked at it appears
     * @param samples a few of its values, shortened, blank ones left out
     */
    public record Field(String name, int records, List<String> samples) {
        public Field {
            samples = List.copyOf(samples);
        }
    }

    public CollectionPreview {
        fields = List.copyOf(fields);
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }
}
