package org.newsmark.importing.collection;

import java.io.IOException;
import org.newsmark.importing.ArticleReader;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;

/**
 * A reader of a collection (many articles in one file, one a record) that can also show what its
 * records hold, so the person can see which fields will become the title, text and so on and
 * change the mapping before importing.
 */
public interface CollectionReader extends ArticleReader {

    /**
     * The fields of the first {@code records} records (fewer when the file has fewer), with sample
     * values and the field {@code source.mapping()} picks for each part of an article.
     */
    CollectionPreview preview(ImportSource source, int records) throws ImportException, IOException;
}
