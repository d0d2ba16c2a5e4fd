package org.newsmark.importing.collection;

import java.io.IOException;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;

/**
 * JSON collections: a list of article objects, or an object holding such a list ({@code {"articles":
 * […]}} as NewsAPI answers), read as a stream. See {@link JsonDocumentWalker} for where records are
 * found and {@link JsonDocumentReading} for why a broken document is refused whole.
 */
public final class JsonReader implements CollectionReader {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        return "json".equals(Sniffing.extension(fileName))
                || (Sniffing.unknownExtension(fileName) && Sniffing.shape(head) == Sniffing.Shape.JSON);
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        new JsonDocumentReading(source.mapping()).read(source, FileStart.check(source), sink);
    }

    @Override
    public CollectionPreview preview(ImportSource source, int records) throws ImportException, IOException {
        return new JsonDocumentReading(source.mapping()).preview(source, FileStart.check(source), records);
    }
}
