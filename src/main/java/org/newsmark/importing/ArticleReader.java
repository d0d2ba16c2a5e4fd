package org.newsmark.importing;

import java.io.IOException;

/**
 * Reads the articles in one file of some format (plain text, saved web page, JSON, CSV…). Each format
 * is one small class; {@link ArticleReaders} picks the one for a file. A reader never writes: it hands
 * each article to an {@link ArticleSink}, and the importer stores it. Collections are read record by
 * record so a file of 100,000 articles never sits in memory whole.
 */
public interface ArticleReader {

    /** A short name for reports and the command line ("text", "html", "csv"…). */
    String format();

    /**
     * Whether this reader reads a file with this name whose content starts with {@code head} (at
     * most the first 4 KB).
     */
    boolean reads(String fileName, byte[] head);

    /**
     * Hands every article in the file to {@code sink}, and every record that cannot be read to
     * {@link ArticleSink#skipped} with where and why, then goes on with the next. A file that cannot be
     * read at all (not this format, not text, too large) is an {@link ImportException}; a reader
     * throws it before handing anything over when it can tell.
     */
    void read(ImportSource source, ArticleSink sink) throws ImportException, IOException;
}
