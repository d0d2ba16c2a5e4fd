package org.newsmark.store;

/** Another Newsmark window or command holds the project open for writing. */
public class ProjectInUseException extends StoreException {

    public ProjectInUseException(String message) {
        super(message);
    }
}
