package org.newsmark.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.newsmark.store.StoreException;

/**
 * Whole copies of a project written while it is open: backups and repaired copies. Each is written
 * with {@code VACUUM INTO} on a read connection of its own (a consistent snapshot that never blocks
 * the saves going on meanwhile), under a temporary name beside the target, and only renamed to the
 * target once it is complete and checked, so a half-written copy never carries the target's name.
 */
final class ProjectCopies {

    private static final System.Logger LOG = System.getLogger(ProjectCopies.class.getName());

    private ProjectCopies() {
    }

    static void backUp(Path project, Path target) {
        write(project, target, "save a copy of", copy -> { });
    }

    /**
     * {@code VACUUM INTO} copies every row of every table into new tables and builds each index anew
     * from them, which mends an index that disagrees with its table; the copy is then checked whole.
     */
    static void repair(Path project, Path target) {
        write(project, target, "save a repaired copy of", copy -> {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 Statement statement = connection.createStatement()) {
                statement.execute("REINDEX");
                Optional<String> problem = IntegrityCheck.run(connection);
                if (problem.isPresent()) {
                    throw new StoreException("Newsmark cannot repair " + project.getFileName() + ": its copy is still damaged ("
                            + problem.get() + "). The sqlite3 program's .recover command may save more of it.");
                }
            }
        });
    }

    private interface Check {
        void check(Path copy) throws SQLException;
    }

    private static void write(Path project, Path target, String action, Check check) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new StoreException("Could not " + action + " " + project.getFileName() + ": " + absolute.getFileName()
                    + " already exists. Choose another name.");
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (Connection source = ReadOnlyAccess.connect(project);
                 Statement statement = source.createStatement()) {
                statement.executeUpdate("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            }
            check.check(partial);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw SqlErrors.translate(project, action + " the project", e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException("Could not " + action + " " + project.getFileName() + " to " + absolute + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the unfinished copy " + partial, e);
        }
    }
}
