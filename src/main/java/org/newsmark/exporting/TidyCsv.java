package org.newsmark.exporting;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as tidy CSV for R, pandas and spreadsheets (docs/findings.md, "Tables for R and
 * pandas"): UTF-8, a header, RFC 4180 quoting, empty fields for missing values, and text that a
 * spreadsheet would run as a formula made harmless by an apostrophe in front.
 */
public final class TidyCsv implements AutoCloseable {

    /** The UTF-8 byte-order mark, which Excel needs to read UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final CSVPrinter printer;

    /** Starts the table: the byte-order mark if asked for, then the header. */
    public TidyCsv(Writer out, List<String> columns, boolean byteOrderMark) throws IOException {
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(columns.stream().map(TidyCsv::cell).toList());
    }

    /** One row; null is an empty field, numbers are written as they are. */
    public void row(List<?> cells) throws IOException {
        List<String> written = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            written.add(cell(cell));
        }
        printer.printRecord(written);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes without closing the writer underneath, which belongs to the caller. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return defused(value.toString());
    }

    /**
     * Text starting with = + - @, a tab or a carriage return, which spreadsheets would run as a formula,
     * with an apostrophe in front; text already starting with an apostrophe with one more, so removing
     * one leading apostrophe always gives the stored text back. Plain numbers are left as they are.
     */
    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (formula && PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return formula || first == '\'' ? "'" + text : text;
    }
}
