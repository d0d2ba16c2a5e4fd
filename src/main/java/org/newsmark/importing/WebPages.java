package org.newsmark.importing;

/** Fetches a web page to import. */
public interface WebPages {

    /** A fetched page: the source to read, and the format of the reader for it ("html", "text"). */
    record Fetched(ImportSource source, String format) {
    }

    /**
     * Fetches the page at {@code url}. An address that is not http or https, a server that does not
     * answer in time, an error status or a type Newsmark cannot read is an {@link ImportException}
     * saying so; an interrupted fetch stops at once.
     */
    Fetched fetch(String url) throws ImportException, InterruptedException;

    /** For importers of files only. */
    WebPages NONE = url -> {
        throw new ImportException("this import reads files, not web addresses");
    };
}
