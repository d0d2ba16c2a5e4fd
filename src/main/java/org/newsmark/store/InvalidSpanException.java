package org.newsmark.store;

/** An annotation's offsets or quoted text do not fit its article. */
public class InvalidSpanException extends InvalidChangeException {

    public InvalidSpanException(String message) {
        super(message);
    }
}
