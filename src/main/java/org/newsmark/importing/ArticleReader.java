package org.newsmark.importing;

/**
 * Reads the articles in one file of some format (plain text, saved web page, JSON, CSV…). Each format
 * is one small class; {@link ArticleReaders} picks the one for a file. A reader never writes: it turns
 * bytes into drafts, and the importer stores them.
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
     * The articles in the file. A file that cannot be read at all is an {@link ImportException}; a
     * collection with some bad records returns the good ones and says which were skipped and why.
     */
    ReadOutcome read(ImportSource source) throws ImportException;
}
