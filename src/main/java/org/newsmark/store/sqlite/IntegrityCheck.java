package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite's full integrity check of a project. Its quick variant misses an index that disagrees with
 * its table (a row missing from an index: searches and lists would silently leave the row out), so
 * the full one is run: about 0.1 s for a 150 MB project of 20,000 articles (docs/benchmarks.md).
 */
final class IntegrityCheck {

    /** Projects up to this size are checked while they are opened; larger ones in the background. */
    static final long AT_OPEN_UP_TO_BYTES = 64L * 1024 * 1024;

    private static final int PROBLEMS_REPORTED = 3;

    private IntegrityCheck() {
    }

    /** What is wrong with the database, in SQLite's words, or empty when nothing is. */
    static Optional<String> run(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check(" + PROBLEMS_REPORTED + ")")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        } catch (SQLException e) {
            int primary = e.getErrorCode() & 0xFF;
            if (primary == 11 || primary == 26) {
                // SQLITE_CORRUPT / SQLITE_NOTADB: so damaged that the check itself cannot run
                return Optional.of(String.valueOf(e.getMessage()));
            }
            throw e;
        }
        if (problems.equals(List.of("ok"))) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", problems));
    }
}
