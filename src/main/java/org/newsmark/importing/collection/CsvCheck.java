package org.newsmark.importing.collection;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;

/**
 * The first pass over a CSV file: every row is split (no article is built) so that a file the
 * parser cannot read to its end is refused before anything is handed over, with the row and line
 * where it breaks. A quote never closed would swallow the rest of the file into one cell, so a row
 * that runs on far beyond any article's size stops the pass instead of filling memory.
 */
final class CsvCheck {

    static final long RUNAWAY_CHARS = 2 * ImportSource.MAX_ARTICLE_BYTES;

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    private CsvCheck() {
    }

    /** The header, once the whole file is known to be readable and to have a text column. */
    static CsvHeader check(ImportSource source, FileStart start, char delimiter, FieldMapping mapping, String missingText)
            throws ImportException, IOException {
        RunawayGuard guard = new RunawayGuard(new StrictTextReader(start.open(source), start.charset(), start.markLength()));
        long row = 0;
        try (CSVParser parser = CsvDialect.parser(guard, delimiter)) {
            Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) {
                throw new ImportException("the file is empty");
            }
            CsvHeader header = CsvHeader.of(rows.next());
            row = 1;
            header.requireText(mapping, missingText);
            while (rows.hasNext()) {
                row = rows.next().getRecordNumber();
                guard.rowEnded();
            }
            return header;
        } catch (UncheckedIOException e) {
            throw refusal(e, row + 1);
        }
    }

    /** Why the file cannot be read, said with its place; {@code row} is the row being read, or -1. */
    static ImportException refusal(UncheckedIOException e, long row) {
        Throwable cause = e.getCause();
        String where = row > 0 ? "row " + row : "a row";
        if (cause instanceof MalformedTextException) {
            return new ImportException(((MalformedTextException) cause).describe(row > 0 ? where : null), e);
        }
        if (cause instanceof RunawayRowException) {
            return new ImportException(where + " runs on for more than " + RUNAWAY_CHARS / (1024 * 1024)
                    + " MB, most likely from a quote that is never closed; nothing was imported", e);
        }
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        Matcher startLine = START_LINE.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished") && startLine.find()) {
            return new ImportException(where + " (line " + startLine.group(1) + ") opens a quote that is never closed, "
                    + "so the rest of the file cannot be read; nothing was imported", e);
        }
        Matcher atLine = AT_LINE.matcher(message);
        if (message.startsWith("Invalid character between encapsulated token and delimiter") && atLine.find()) {
            return new ImportException(where + " (line " + atLine.group(1) + ") has characters after the closing quote "
                    + "of a cell (a quote inside a quoted cell is written twice: \"\"); nothing was imported", e);
        }
        return new ImportException("it is not valid CSV at " + where + "; nothing was imported", e);
    }

    /** Counts what the parser reads and stops it when one row has read far too much. */
    private static final class RunawayGuard extends FilterReader {
        private long read;
        private long rowStart;

        RunawayGuard(Reader in) {
            super(in);
        }

        void rowEnded() {
            rowStart = read;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            read += Math.max(count, 0);
            if (read - rowStart > RUNAWAY_CHARS) {
                throw new RunawayRowException();
            }
            return count;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }
    }

    private static final class RunawayRowException extends IOException {
        RunawayRowException() {
            super("a row runs on too long");
        }
    }
}
