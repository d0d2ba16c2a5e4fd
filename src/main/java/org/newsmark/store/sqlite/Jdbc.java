package org.newsmark.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Queries and transactions on the project's connection, with SQLite's errors put into words. */
final class Jdbc {

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;

    Jdbc(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** @param action what is being done, for the message if it fails ("read the codebook") */
    <T> List<T> query(String action, String sql, Binder binder, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(file, action, e);
        }
    }

    /** Reads with several statements (no transaction needed: SQLite reads a consistent snapshot per statement). */
    <T> T read(String action, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(file, action, e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or on any error none of it. */
    <T> T inTransaction(String action, Work<T> work) {
        try {
            return Transactions.inTransaction(connection, work::run);
        } catch (SQLException e) {
            throw SqlErrors.translate(file, action, e);
        }
    }
}
