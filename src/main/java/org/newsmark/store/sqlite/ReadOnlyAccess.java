package org.newsmark.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reading a project without writing anything: the file, its folder and any file beside it stay as
 * they were. SQLite reads a project in WAL mode through a shared-memory file beside it
 * ({@code -shm}), which it creates if missing; in a folder that cannot be written (a write-protected
 * folder, a read-only medium) that fails, so such a project is read as immutable when its log is
 * empty, and through a temporary copy when the log holds changes (see {@link TemporaryCopy}).
 */
final class ReadOnlyAccess {

    private ReadOnlyAccess() {
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config;
    }

    /** Opens the project for reading, in place. Callers check {@link #canReadInPlace} first. */
    static Connection connect(Path file) throws SQLException {
        String uri = "file:" + escape(file.toAbsolutePath().toString()) + (isFolderWritable(file) ? "" : "?immutable=1");
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config().toProperties());
    }

    /**
     * Whether the project can be read where it is without creating anything beside it: yes when its
     * folder can be written; else only when no unfolded changes wait in its log, or when the log's
     * shared-memory file is there already.
     */
    static boolean canReadInPlace(Path file) {
        return isFolderWritable(file) || !hasLoggedChanges(file) || Files.exists(sibling(file, "-shm"));
    }

    /**
     * Whether files can be made beside the project. A folder whose permissions grant nobody write
     * access counts as write-protected even when the operating system would let this user write
     * anyway (as it lets an administrator): the owner protected it for a reason.
     */
    static boolean isFolderWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isWritable(folder)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            return permissions.contains(PosixFilePermission.OWNER_WRITE) || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    static boolean hasLoggedChanges(Path file) {
        try {
            Path wal = sibling(file, "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** SQLite's URI syntax gives {@code ?}, {@code #} and {@code %} meanings of their own. */
    private static String escape(String path) {
        return path.replace("%", "%25").replace("?", "%3f").replace("#", "%23");
    }
}
