package org.newsmark.store.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import org.newsmark.store.ReadOnlyProjectException;
import org.newsmark.store.StoreException;

/** Turns SQLite's error codes into messages a researcher can act on. */
final class SqlErrors {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int NOTADB = 26;
    /** The shared-memory file beside the project could not grow: the disk is full. */
    private static final int IOERR_SHMSIZE = IOERR | (19 << 8);

    private SqlErrors() {
    }

    /** SQLite's extended result code: the driver's exception carries it; a plain one may have it as its code. */
    private static int extendedCode(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            return sqlite.getResultCode().code;
        }
        return e.getErrorCode();
    }

    /** Whether the error is the disk's (full, failing, busy) rather than the file's content. */
    static boolean isAboutTheDisk(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        return primary == FULL || primary == IOERR || primary == BUSY || primary == LOCKED;
    }

    /** @param action what was being done, as in "save the change" */
    static StoreException translate(Path file, String action, SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        if (extendedCode(e) == IOERR_SHMSIZE) {
            primary = FULL;
        }
        String name = file.getFileName().toString();
        return switch (primary) {
            case FULL -> new StoreException("Could not " + action + ": the disk holding " + name
                    + " is full. Nothing was half-written; free some space and try again.", e);
            case READONLY -> new ReadOnlyProjectException("Could not " + action + ": " + name
                    + " cannot be written (it or its folder is read-only).");
            case BUSY, LOCKED -> new StoreException("Could not " + action + ": " + name
                    + " is busy in another program. Nothing was changed; try again in a moment.", e);
            case CORRUPT, NOTADB -> new StoreException("Could not " + action + ": " + name
                    + " is damaged (" + e.getMessage() + "). Make a copy of the file before doing anything else with it.", e);
            case IOERR -> new StoreException("Could not " + action + ": the disk reported an error while using "
                    + name + " (" + e.getMessage() + ").", e);
            default -> new StoreException("Could not " + action + " in " + name + ": " + e.getMessage(), e);
        };
    }
}
