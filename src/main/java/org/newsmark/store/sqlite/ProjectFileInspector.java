package org.newsmark.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.newsmark.store.NewerProjectException;
import org.newsmark.store.NotAProjectException;
import org.newsmark.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at an existing file before Newsmark opens it for writing, so that a file that is not a
 * project, or a project from a newer Newsmark, is refused without a single byte of it changing.
 */
final class ProjectFileInspector {

    static final int APPLICATION_ID = 0x4E4D524B; // "NMRK"

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFileInspector() {
    }

    /**
     * What an existing file holds.
     *
     * @param halfMade a project whose creation an older Newsmark did not finish (killed, or the disk
     *                 full, between two of its migrations): Newsmark's tables of {@code schemaVersion}, no
     *                 data, no application id yet. It is completed like a new project.
     */
    record Inspection(boolean empty, int schemaVersion, boolean halfMade) {

        static final Inspection EMPTY = new Inspection(true, 0, false);

        /** Whether opening it for writing makes a new project (rather than opening or upgrading one). */
        boolean needsCreating() {
            return empty || halfMade;
        }
    }

    static Inspection inspect(Path file) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new NotAProjectException(name + " is a folder, not a Newsmark project file.");
        }
        byte[] header = readHeader(file);
        if (header.length == 0) {
            return Inspection.EMPTY;
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new NotAProjectException(name + " is not a Newsmark project (it is not an SQLite database). "
                    + "The file was not changed.");
        }
        try (Connection connection = ReadOnlyAccess.connect(file);
             Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            int objects;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                objects = rows.getInt(1);
            }
            if (applicationId == 0 && version == 0 && objects == 0) {
                return Inspection.EMPTY;
            }
            if (applicationId == 0 && isHalfMade(connection, version)) {
                return new Inspection(false, version, true);
            }
            if (applicationId != APPLICATION_ID) {
                throw new NotAProjectException(name + " is an SQLite database of another program, not a Newsmark project. "
                        + "The file was not changed.");
            }
            if (version > Migrations.LATEST) {
                throw new NewerProjectException(name + " was written by a newer version of Newsmark (project format "
                        + version + "; this version reads up to " + Migrations.LATEST + "). Update Newsmark to open it. "
                        + "The file was not changed.");
            }
            return new Inspection(false, version, false);
        } catch (SQLException e) {
            if (SqlErrors.isAboutTheDisk(e)) {
                // A full or failing disk says nothing about whether the file is a project.
                throw SqlErrors.translate(file, "open the project", e);
            }
            throw new NotAProjectException(name + " could not be read as a Newsmark project (" + e.getMessage()
                    + "). The file was not changed.");
        }
    }

    /**
     * Exactly the tables, indexes and triggers the migrations up to {@code version} make, and no
     * codebook and no articles: what an older Newsmark left when its creation of a project stopped
     * between two migrations. Anything else without Newsmark's application id is another program's.
     */
    private static boolean isHalfMade(Connection connection, int version) throws SQLException {
        if (version < 1 || version > Migrations.LATEST || !Migrations.schemaObjects(connection).equals(Migrations.schemaOf(version))) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM category) + (SELECT count(*) FROM article)")) {
            return rows.getLong(1) == 0;
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.getInt(1);
        }
    }

    private static byte[] readHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new StoreException("Could not read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
