package org.newsmark.model;

/** A search that cannot be run as typed; the message says what to type instead. */
public class InvalidQueryException extends IllegalArgumentException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
