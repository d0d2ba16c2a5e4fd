package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit {@code BEGIN IMMEDIATE} / {@code COMMIT} / {@code ROLLBACK} on a connection left in
 * auto-commit mode. The JDBC way (turning auto-commit off) records the new mode before the driver
 * begins the transaction; if beginning fails (the file is busy), the connection stays in a mode where
 * each later statement commits on its own. Beginning explicitly leaves nothing half-set.
 */
final class Transactions {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        T result;
        try {
            result = work.run(connection);
            execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        }
        return result;
    }

    /** Rolls back what is open; a failure to roll back is added to the error that caused it, never hides it. */
    private static void rollback(Connection connection, Exception cause) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException rollbackFailure) {
            // "no transaction is active": SQLite already rolled back, as it does on some errors
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
