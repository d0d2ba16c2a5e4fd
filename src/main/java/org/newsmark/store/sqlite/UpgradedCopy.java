package org.newsmark.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.newsmark.store.StoreException;

/**
 * A project from an older version opened read-only (write-protected, or read by {@code list} and
 * {@code export}) cannot be upgraded in place. It is read through an upgraded copy in the temporary
 * folder instead, deleted when the project is closed; the file itself is never touched.
 */
final class UpgradedCopy {

    private UpgradedCopy() {
    }

    static Path of(Path project, int version) {
        Path copy = null;
        try {
            copy = Files.createTempFile("newsmark-read-", ".newsmark");
            try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + project,
                    ProjectFileInspector.readOnlyConfig().toProperties());
                 Statement statement = source.createStatement()) {
                statement.executeUpdate("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
            }
            try (Connection upgrade = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                upgrade.createStatement().execute("PRAGMA foreign_keys = ON");
                Migrations.migrate(upgrade, version, connection -> { });
            }
            return copy;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(copy);
            throw new StoreException("Could not read " + project.getFileName() + ", which was written by an older "
                    + "Newsmark, without write access: " + e.getMessage() + ". The file was not changed.", e);
        }
    }

    static void deleteQuietly(Path copy) {
        if (copy == null) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
            } catch (IOException ignored) {
                // the temporary folder is cleaned by the system in time
            }
        }
    }
}
