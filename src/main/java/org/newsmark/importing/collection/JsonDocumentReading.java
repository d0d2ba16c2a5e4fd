package org.newsmark.importing.collection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;

/**
 * Reads a JSON document's records in two streaming passes. A syntax error leaves everything after it
 * unreadable, so the first pass checks the whole document (skipping tokens, building nothing) and
 * refuses it with the place of the error before any article is handed over; it also notes the
 * records too large to import, which the second pass then skips without building them.
 */
final class JsonDocumentReading {

    /** How many records are looked at to tell whether any field holds the text. */
    static final int CHECKED_RECORDS = 100;

    private final FieldMapping mapping;

    JsonDocumentReading(FieldMapping mapping) {
        this.mapping = mapping;
    }

    void read(ImportSource source, FileStart start, ArticleSink sink) throws ImportException, IOException {
        Map<Integer, Long> oversized = check(source, start);
        requireText(preview(source, start, CHECKED_RECORDS));
        JsonArticles articles = new JsonArticles(mapping);
        walk(source, start, new JsonDocumentWalker.Visitor() {
            @Override
            public void element(JsonParser parser, String where, int ordinal) throws IOException {
                Long size = oversized.get(ordinal);
                if (size != null) {
                    parser.skipChildren();
                    sink.skipped(where, tooLarge(size));
                } else {
                    articles.hand(parser.readValueAsTree(), where, sink);
                }
            }

            @Override
            public void whole(ObjectNode record, String where, int ordinal, long chars) {
                if (chars > ImportSource.MAX_ARTICLE_BYTES) {
                    sink.skipped(where, tooLarge(chars));
                } else {
                    articles.hand(record, where, sink);
                }
            }

            @Override
            public void notAnObject(String where, String kind) {
                sink.skipped(where, "is not a JSON object but " + kind);
            }
        });
    }

    CollectionPreview preview(ImportSource source, FileStart start, int records) throws ImportException, IOException {
        FieldSurvey survey = new FieldSurvey();
        if (records <= 0) {
            return survey.preview(mapping);
        }
        walk(source, start, new JsonDocumentWalker.Visitor() {
            @Override
            public void element(JsonParser parser, String where, int ordinal) throws IOException {
                whole(parser.readValueAsTree(), where, ordinal, 0);
            }

            @Override
            public void whole(ObjectNode record, String where, int ordinal, long chars) {
                survey.add(new JsonRecord(record));
                if (survey.records() >= records) {
                    throw new JsonDocumentWalker.Stop();
                }
            }

            @Override
            public void notAnObject(String where, String kind) {
                // not a record: nothing to show
            }
        });
        return survey.preview(mapping);
    }

    /** The first pass: refuses a broken document; returns the records too large to import, by number. */
    private Map<Integer, Long> check(ImportSource source, FileStart start) throws ImportException, IOException {
        Map<Integer, Long> oversized = new HashMap<>();
        walk(source, start, new JsonDocumentWalker.Visitor() {
            @Override
            public void element(JsonParser parser, String where, int ordinal) throws IOException {
                long begin = parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                whole(null, where, ordinal, parser.currentTokenLocation().getCharOffset() - begin + 1);
            }

            @Override
            public void whole(ObjectNode record, String where, int ordinal, long chars) {
                if (chars > ImportSource.MAX_ARTICLE_BYTES) {
                    oversized.put(ordinal, chars);
                }
            }

            @Override
            public void notAnObject(String where, String kind) {
                // said when reading
            }
        });
        return oversized;
    }

    private void walk(ImportSource source, FileStart start, JsonDocumentWalker.Visitor visitor)
            throws ImportException, IOException {
        try (JsonParser parser = JsonSetup.MAPPER.createParser(
                new StrictTextReader(start.open(source), start.charset(), start.markLength()))) {
            new JsonDocumentWalker(mapping).walk(parser, visitor);
        } catch (JsonProcessingException e) {
            throw new ImportException("it is not valid JSON at " + JsonProblems.at(e) + ": " + JsonProblems.describe(e)
                    + "; nothing was imported", e);
        } catch (MalformedTextException e) {
            throw new ImportException(e.describe(null), e);
        }
    }

    /** Refuses a collection none of whose first records has a field holding the text. */
    private void requireText(CollectionPreview preview) throws ImportException {
        if (preview.records() > 0 && preview.picked().text() == null) {
            throw new ImportException("no field holds the article text: " + new JsonArticles(mapping).missingText()
                    + ". The fields of the first records are " + FieldNames.listed(preview.fieldNames()));
        }
    }

    static String tooLarge(long size) {
        return "is " + Math.max(1, size / (1024 * 1024)) + " MB; a record over "
                + ImportSource.MAX_ARTICLE_BYTES / (1024 * 1024) + " MB is not imported";
    }
}
