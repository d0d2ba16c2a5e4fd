package org.newsmark.importing.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportException;

/** The first row of a CSV file, which names its columns. */
final class CsvHeader {

    /** A cell that reads as a value: a number or date, a web address, or a long text. */
    private static final Pattern DATA_LIKE = Pattern.compile("[-+]?\\d[\\d.,:/ T+-]*Z?|(?i)https?://.*|(?s).{60,}|(?s).*\\n.*");

    private final List<String> names;
    private final Map<String, Integer> columns;

    private CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i), i);
        }
        this.columns = columns;
    }

    static CsvHeader of(CSVRecord first) {
        List<String> names = new ArrayList<>();
        first.forEach(name -> names.add(name.strip()));
        return new CsvHeader(names);
    }

    List<String> names() {
        return names;
    }

    Map<String, Integer> columns() {
        return columns;
    }

    int size() {
        return names.size();
    }

    /** Refuses a file none of whose columns holds the text, listing the columns it has. */
    void requireText(FieldMapping mapping, String missingText) throws ImportException {
        if (names.stream().allMatch(String::isBlank)) {
            throw new ImportException("its first row is empty; a CSV file needs a header row naming its columns");
        }
        if (mapping.fieldFor("text", names).isPresent()) {
            return;
        }
        String message = "no column holds the article text: " + missingText + ". The columns are "
                + FieldNames.listed(names);
        if (looksLikeData()) {
            message += ". The first row looks like data rather than column names: a CSV file needs a header row";
        }
        throw new ImportException(message);
    }

    private boolean looksLikeData() {
        return names.stream().anyMatch(name -> !name.isEmpty() && DATA_LIKE.matcher(name).matches());
    }
}
