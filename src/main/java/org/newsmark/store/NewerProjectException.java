package org.newsmark.store;

/** The project was written by a newer Newsmark; it was left as it was. */
public class NewerProjectException extends StoreException {

    public NewerProjectException(String message) {
        super(message);
    }
}
