package org.newsmark.store;

/** Another Newsmark window or command holds the project open for writing. */
public class ProjectInUseException extends StoreException {

    private final String holder;

    /** @param holder who holds it, as far as known ("process 4711@laptop"), or empty */
    public ProjectInUseException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
