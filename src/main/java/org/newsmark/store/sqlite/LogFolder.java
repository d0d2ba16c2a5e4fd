package org.newsmark.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.SerialTasks;

/**
 * Copies the write-ahead log into the project file on a connection and thread of its own while an
 * import runs. Left to SQLite, the copy happens inside whichever commit passes a thousand pages of log,
 * often an annotation saved during the import, which would then wait for megabytes of someone else's
 * articles. A passive checkpoint on a second connection never blocks the writer, so saves and import
 * batches go on while the log is folded in, and on two cores the copying overlaps the indexing.
 */
final class LogFolder implements AutoCloseable {

    private final Path file;
    private static final System.Logger LOG = System.getLogger(LogFolder.class.getName());

    private final SerialTasks thread = new SerialTasks("newsmark-checkpoint", Runnable::run);
    /** Set while a fold is queued, so a burst of batches asks for one fold, not one each. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private Connection connection;

    LogFolder(Path file) {
        this.file = file;
    }

    /** Folds the log in soon; returns at once. */
    void request() {
        if (queued.compareAndSet(false, true)) {
            thread.submit(BackgroundTask.of("Fold the log of " + file.getFileName(), progress -> {
                fold();
                return null;
            }));
        }
    }

    private void fold() {
        queued.set(false);
        try {
            if (connection == null) {
                connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            // Nothing is lost: the log stays whole and SQLite's own checkpoint folds it in later.
            LOG.log(System.Logger.Level.INFO, "Could not fold the write-ahead log of " + file.getFileName() + " in yet", e);
        }
    }

    /** Waits for a fold under way, then closes the second connection, before the project closes its own. */
    @Override
    public void close() {
        try {
            thread.finish(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the project's own connection checkpoints on close
                LOG.log(System.Logger.Level.INFO, "Could not close the checkpoint connection of " + file.getFileName(), e);
            }
        }
    }
}
