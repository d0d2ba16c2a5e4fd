package org.newsmark.importing;

/** A file could not be read as an article; the message says why, for the person importing it. */
public class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
