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

    /** What an existing file holds. */
    record Inspection(boolean empty, int schemaVersion) {
    }

    static Inspection inspect(Path file) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new NotAProjectException(name + " is a folder, not a Newsmark project file.");
        }
        byte[] header = readHeader(file);
        if (header.length == 0) {
            return new Inspection(true, 0);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new NotAProjectException(name + " is not a Newsmark project (it is not an SQLite database). "
                    + "The file was not changed.");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, readOnlyConfig().toProperties());
             Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            int objects;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                objects = rows.getInt(1);
            }
            if (applicationId == 0 && version == 0 && objects == 0) {
                return new Inspection(true, 0);
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
            return new Inspection(false, version);
        } catch (SQLException e) {
            throw new NotAProjectException(name + " could not be read as a Newsmark project (" + e.getMessage()
                    + "). The file was not changed.");
        }
    }

    static SQLiteConfig readOnlyConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        // The same 32 MB of page cache as a writable project (default 2 MB): an export reads every
        // article's annotations, which lie all over their table.
        config.setCacheSize(-32_768);
        return config;
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
