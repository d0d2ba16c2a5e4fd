package org.newsmark.store;

/**
 * A project could not be opened, read or changed. The message is written for the person using
 * Newsmark: it says what happened to which file and, where it matters, that nothing was changed.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
