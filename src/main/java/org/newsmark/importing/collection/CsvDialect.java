package org.newsmark.importing.collection;

import java.io.IOException;
import java.io.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How a delimited file is split: commas for .csv, tabs for .tsv, and semicolons for a .csv whose
 * header has none of the commas but some (as spreadsheets in much of Europe save CSV). Quoted cells
 * may hold delimiters, doubled quotes and line breaks. Blank lines are kept as rows so that row
 * numbers are those a spreadsheet shows.
 */
final class CsvDialect {

    private CsvDialect() {
    }

    static char delimiter(String fileName, byte[] head, int markLength) {
        String extension = Sniffing.extension(fileName);
        if ("tsv".equals(extension) || "tab".equals(extension)) {
            return '\t';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = markLength; i < head.length && (quoted || (head[i] != '\n' && head[i] != '\r')); i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += b == ',' ? 1 : 0;
                semicolons += b == ';' ? 1 : 0;
                tabs += b == '\t' ? 1 : 0;
            }
        }
        if (commas == 0 && semicolons > 0) {
            return ';';
        }
        return commas == 0 && tabs > 0 ? '\t' : ',';
    }

    static CSVParser parser(Reader reader, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    /** A row with no cell holding anything: a blank line. */
    static boolean isBlank(CSVRecord row) {
        for (String value : row) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The characters of a row's cells. */
    static long size(CSVRecord row) {
        long size = 0;
        for (String value : row) {
            size += value.length();
        }
        return size;
    }
}
