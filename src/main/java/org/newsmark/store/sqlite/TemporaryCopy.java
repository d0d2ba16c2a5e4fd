package org.newsmark.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsmark.store.StoreException;

/**
 * A copy of a project in a temporary folder, read instead of the project when the project itself
 * cannot be read in place without writing: one from an older version that cannot be upgraded in
 * place (write-protected, or read by {@code list} and {@code export}), or one whose log holds changes
 * in a folder where SQLite cannot make its shared-memory file. Deleted when the project is closed;
 * the project itself is never touched.
 */
final class TemporaryCopy {

    private static final System.Logger LOG = System.getLogger(TemporaryCopy.class.getName());

    private TemporaryCopy() {
    }

    /** A copy of the project with the changes waiting in its log folded in. */
    static Path withLog(Path project) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("newsmark-read-");
            Path copy = folder.resolve(project.getFileName());
            Files.copy(project, copy);
            Files.copy(ReadOnlyAccess.sibling(project, "-wal"), ReadOnlyAccess.sibling(copy, "-wal"));
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return copy;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(folder == null ? null : folder.resolve(project.getFileName()));
            throw new StoreException("Could not read " + project.getFileName() + " without write access: " + e.getMessage()
                    + ". The file was not changed.", e);
        }
    }

    /** A copy of a project of an older schema, upgraded to this version's. */
    static Path upgraded(Path project, int version) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("newsmark-read-");
            Path copy = folder.resolve(project.getFileName());
            try (Connection source = ReadOnlyAccess.connect(project);
                 Statement statement = source.createStatement()) {
                statement.executeUpdate("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
            }
            try (Connection upgrade = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                upgrade.createStatement().execute("PRAGMA foreign_keys = ON");
                Migrations.upgrade(upgrade, version);
            }
            return copy;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(folder == null ? null : folder.resolve(project.getFileName()));
            throw new StoreException("Could not read " + project.getFileName() + ", which was written by an older "
                    + "Newsmark, without write access: " + e.getMessage() + ". The file was not changed.", e);
        }
    }

    /** Deletes a copy made here, with its temporary folder. */
    static void deleteQuietly(Path copy) {
        if (copy == null) {
            return;
        }
        Path folder = copy.getParent();
        if (folder == null || !folder.getFileName().toString().startsWith("newsmark-read-")) {
            throw new IllegalArgumentException("Not a temporary copy: " + copy);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the temporary copy " + folder, e);
        }
    }
}
