package org.newsmark.store;

/** A change was asked of a project that was opened read-only. */
public class ReadOnlyProjectException extends StoreException {

    public ReadOnlyProjectException(String message) {
        super(message);
    }
}
