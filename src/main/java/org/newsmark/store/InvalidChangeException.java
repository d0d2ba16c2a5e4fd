package org.newsmark.store;

/** A change that does not fit the project (a link across articles, a duplicate name, a bad value); nothing was written. */
public class InvalidChangeException extends StoreException {

    public InvalidChangeException(String message) {
        super(message);
    }
}
