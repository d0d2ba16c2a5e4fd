package org.newsmark.store;

/** The file opened as a project is not a Newsmark project; it was left as it was. */
public class NotAProjectException extends StoreException {

    public NotAProjectException(String message) {
        super(message);
    }
}
