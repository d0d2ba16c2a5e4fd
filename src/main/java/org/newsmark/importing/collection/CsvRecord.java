package org.newsmark.importing.collection;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** A CSV row as a record: the header names the cells. */
final class CsvRecord implements CollectionRecord {

    private final List<String> header;
    private final Map<String, Integer> columns;
    private final CSVRecord row;

    /**
     * @param columns each header name's cell index, the first of equal names winning
     */
    CsvRecord(List<String> header, Map<String, Integer> columns, CSVRecord row) {
        this.header = header;
        this.columns = columns;
        this.row = row;
    }

    @Override
    public List<String> fieldNames() {
        return header;
    }

    @Override
    public String value(String field, String joiner) {
        Integer index = columns.get(field);
        return index == null || index >= row.size() ? null : row.get(index);
    }
}
