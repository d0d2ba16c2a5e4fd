package org.newsmark.importing.collection;

import java.io.IOException;
import java.util.Set;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;

/**
 * JSON Lines collections: one article object a line, read line by line. A line that is not JSON,
 * not an object or not valid text is skipped with its number and the rest is read. Newsmark's own
 * export and doccano's bring their annotations along ({@link JsonArticles}).
 *
 * <p>A file whose first line is a lone "{" or "[" is pretty-printed JSON under a JSON Lines name
 * (doccano writes its relation-extraction example so); it is read as a JSON document instead.
 */
public final class JsonlReader implements CollectionReader {

    private static final Set<String> EXTENSIONS = Set.of("jsonl", "ndjson", "jsonlines");

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        return EXTENSIONS.contains(Sniffing.extension(fileName))
                || (Sniffing.unknownExtension(fileName) && Sniffing.shape(head) == Sniffing.Shape.JSON_LINES);
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        FileStart start = start(source);
        if (isPrettyPrinted(start)) {
            new JsonDocumentReading(source.mapping()).read(source, start, sink);
            return;
        }
        JsonArticles articles = new JsonArticles(source.mapping());
        CollectionPreview first = lines(source, start, JsonDocumentReading.CHECKED_RECORDS);
        if (first.records() > 0 && first.picked().text() == null) {
            throw new ImportException("no field holds the article text: " + articles.missingText()
                    + ". The fields of the first lines are " + FieldNames.listed(first.fieldNames()));
        }
        JsonLineParser parser = new JsonLineParser(start.charset());
        try (ByteLines lines = new ByteLines(start.open(source), ImportSource.MAX_ARTICLE_BYTES)) {
            while (lines.next()) {
                JsonLineParser.Line line = parser.parse(lines);
                String where = "line " + lines.number();
                if (line.problem() != null) {
                    sink.skipped(where, line.problem());
                } else if (line.record() != null) {
                    articles.hand(line.record(), where, sink);
                }
            }
        }
    }

    @Override
    public CollectionPreview preview(ImportSource source, int records) throws ImportException, IOException {
        FileStart start = start(source);
        if (isPrettyPrinted(start)) {
            return new JsonDocumentReading(source.mapping()).preview(source, start, records);
        }
        return lines(source, start, records);
    }

    private static FileStart start(ImportSource source) throws ImportException, IOException {
        FileStart start = FileStart.check(source);
        if (start.isUtf16()) {
            throw new ImportException("it is UTF-16 text; JSON Lines files are UTF-8: save it as UTF-8");
        }
        return start;
    }

    /**
     * The fields of the first {@code records} objects; refuses a file none of whose first lines is a
     * JSON object, which is no JSON Lines file.
     */
    private static CollectionPreview lines(ImportSource source, FileStart start, int records)
            throws ImportException, IOException {
        FieldSurvey survey = new FieldSurvey();
        JsonLineParser parser = new JsonLineParser(start.charset());
        String firstProblem = null;
        int looked = 0;
        try (ByteLines lines = new ByteLines(start.open(source), ImportSource.MAX_ARTICLE_BYTES)) {
            while (survey.records() < records && looked < Math.max(records, JsonDocumentReading.CHECKED_RECORDS)
                    && lines.next()) {
                JsonLineParser.Line line = parser.parse(lines);
                if (line.record() != null) {
                    survey.add(new JsonRecord(line.record()));
                    looked++;
                } else if (line.problem() != null) {
                    firstProblem = firstProblem == null ? "line " + lines.number() + " " + line.problem() : firstProblem;
                    looked++;
                }
            }
        }
        if (survey.records() == 0 && firstProblem != null) {
            throw new ImportException("it is not JSON Lines: none of its first " + looked
                    + " lines is a JSON object (" + firstProblem + ")");
        }
        return survey.preview(source.mapping());
    }

    private static boolean isPrettyPrinted(FileStart start) {
        byte[] head = start.head();
        int i = start.markLength();
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i >= head.length || (head[i] != '{' && head[i] != '[')) {
            return false;
        }
        int j = i + 1;
        while (j < head.length && (head[j] == ' ' || head[j] == '\t' || head[j] == '\r')) {
            j++;
        }
        return j < head.length && head[j] == '\n';
    }
}
