package org.newsmark.store;

/** How a project file is opened. */
public enum OpenMode {
    /** Open for reading and writing; create the project if the file does not exist. */
    CREATE_OR_OPEN,
    /** Open an existing project for reading and writing. */
    OPEN_EXISTING,
    /** Open an existing project for reading only: no lock is taken and nothing is written. */
    READ_ONLY
}
