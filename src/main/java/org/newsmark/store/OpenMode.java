package org.newsmark.store;

/** How a project file is opened. */
public enum OpenMode {
    /** Open for reading and writing; create the project if the file does not exist. */
    CREATE_OR_OPEN,
    /** Open an existing project for reading and writing. */
    OPEN_EXISTING,
    /**
     * Open for adding to it beside a window that may have it open (a command-line import): created if
     * missing, written without holding the project for itself, each write waiting its turn in SQLite.
     */
    SHARED_WRITE,
    /** Open an existing project for reading only: no lock is taken and nothing is written. */
    READ_ONLY
}
