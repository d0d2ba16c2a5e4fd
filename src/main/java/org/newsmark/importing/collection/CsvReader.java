package org.newsmark.importing.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;

/**
 * CSV and TSV collections: a header row naming the columns, then one article a row ("row 2" is the
 * first, as a spreadsheet numbers it). A row with more or fewer cells than the header is skipped,
 * since its cells cannot be told apart. A file that breaks off (a quote never closed) or holds bytes
 * that are not text is refused whole by a first pass ({@link CsvCheck}) before any article is handed over.
 */
public final class CsvReader implements CollectionReader {

    private static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "tab");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        return EXTENSIONS.contains(Sniffing.extension(fileName));
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        FileStart start = FileStart.check(source);
        char delimiter = CsvDialect.delimiter(source.name(), start.head(), start.markLength());
        RecordArticles articles = new RecordArticles(source.mapping(), "column");
        CsvHeader header = CsvCheck.check(source, start, delimiter, source.mapping(), articles.missingText());
        try (CSVParser parser = CsvDialect.parser(
                new StrictTextReader(start.open(source), start.charset(), start.markLength()), delimiter)) {
            Iterator<CSVRecord> rows = parser.iterator();
            rows.next();
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                String where = "row " + row.getRecordNumber();
                if (CsvDialect.isBlank(row)) {
                    continue;
                }
                if (row.size() != header.size()) {
                    sink.skipped(where, "has " + cells(row.size()) + ", the header has " + header.size());
                } else if (CsvDialect.size(row) > ImportSource.MAX_ARTICLE_BYTES) {
                    sink.skipped(where, JsonDocumentReading.tooLarge(CsvDialect.size(row)));
                } else {
                    RecordArticles.Built built = articles.build(new CsvRecord(header.names(), header.columns(), row));
                    if (built.problem() != null) {
                        sink.skipped(where, built.problem());
                    } else {
                        sink.article(where, built.draft());
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw new ImportException("it could not be read to the end (" + e.getCause().getMessage() + ")", e);
        }
    }

    @Override
    public CollectionPreview preview(ImportSource source, int records) throws ImportException, IOException {
        FileStart start = FileStart.check(source);
        char delimiter = CsvDialect.delimiter(source.name(), start.head(), start.markLength());
        FieldSurvey survey = new FieldSurvey();
        try (CSVParser parser = CsvDialect.parser(
                new StrictTextReader(start.open(source), start.charset(), start.markLength()), delimiter)) {
            Iterator<CSVRecord> rows = parser.iterator();
            CsvHeader header = CsvHeader.of(rows.next());
            while (survey.records() < records && rows.hasNext()) {
                CSVRecord row = rows.next();
                if (!CsvDialect.isBlank(row) && row.size() == header.size()) {
                    survey.add(new CsvRecord(header.names(), header.columns(), row));
                }
            }
        } catch (UncheckedIOException e) {
            throw CsvCheck.refusal(e, -1);
        }
        return survey.preview(source.mapping());
    }

    private static String cells(int count) {
        return count == 1 ? "1 cell" : count + " cells";
    }
}
