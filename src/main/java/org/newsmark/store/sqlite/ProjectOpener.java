package org.newsmark.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import org.newsmark.model.CodebookDraft;
import org.newsmark.store.NotAProjectException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectInUseException;
import org.newsmark.store.StoreException;
import org.sqlite.SQLiteConfig;

/** Opens, creates and upgrades project files; {@link SqliteProjectStore#open} is its front door. */
final class ProjectOpener {

    private static final System.Logger LOG = System.getLogger(ProjectOpener.class.getName());

    private ProjectOpener() {
    }

    static SqliteProjectStore open(Path requested, OpenMode mode, CodebookDraft codebookForNewProject) {
        return open(requested, mode, codebookForNewProject, IntegrityCheck.AT_OPEN_UP_TO_BYTES);
    }

    /** @param checkAtOpenUpTo projects up to this size are checked while they are opened */
    static SqliteProjectStore open(Path requested, OpenMode mode, CodebookDraft codebookForNewProject, long checkAtOpenUpTo) {
        Path file = requested.toAbsolutePath().normalize();
        boolean exists = Files.exists(file);
        if (!exists && mode != OpenMode.CREATE_OR_OPEN && mode != OpenMode.SHARED_WRITE) {
            throw new StoreException("There is no project at " + file + ".");
        }
        Optional<String> readOnlyReason = readOnlyReason(file, exists, mode);
        if (readOnlyReason.isPresent()) {
            return openReadOnly(file, readOnlyReason.get(), checkAtOpenUpTo);
        }
        ProjectFileInspector.Inspection inspection = exists
                ? ProjectFileInspector.inspect(file)
                : ProjectFileInspector.Inspection.EMPTY;
        if (exists && inspection.empty() && mode == OpenMode.OPEN_EXISTING) {
            throw emptyFile(file);
        }
        createParentFolder(file);
        ProjectLock lock;
        try {
            lock = ProjectLock.acquire(file);
        } catch (ProjectInUseException e) {
            if (mode != OpenMode.SHARED_WRITE) {
                throw e;
            }
            return openBesideItsHolder(file, inspection, checkAtOpenUpTo);
        }
        try {
            if (!inspection.needsCreating() && inspection.schemaVersion() < Migrations.LATEST) {
                backUpBeforeUpgrade(file, inspection.schemaVersion());
            }
            Connection connection = connect(file, writableConfig());
            try {
                prepare(connection, inspection, codebookForNewProject);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                if (!exists) {
                    deleteFailedCreation(file);
                }
                throw e;
            }
            if (mode == OpenMode.SHARED_WRITE) {
                // Made and up to date: a window may now open it for writing beside this.
                lock.close();
                lock = null;
            }
            return checkedAtOpen(new SqliteProjectStore(file, connection, lock, null, null), file, checkAtOpenUpTo);
        } catch (SQLException e) {
            if (lock != null) {
                lock.close();
            }
            throw SqlErrors.translate(file, inspection.needsCreating() ? "create the project" : "open the project", e);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * Opens a project a window holds, for writing beside it: the holder made it and brought it up to
     * date, so nothing is created or upgraded here; SQLite makes each write wait for the other's.
     */
    private static SqliteProjectStore openBesideItsHolder(Path file, ProjectFileInspector.Inspection inspection,
            long checkAtOpenUpTo) {
        if (inspection.needsCreating() || inspection.schemaVersion() != Migrations.LATEST) {
            throw new ProjectInUseException(file.getFileName() + " is being created or upgraded by another Newsmark "
                    + "window or command. Try again in a moment.", "");
        }
        return checkedAtOpen(new SqliteProjectStore(file, connect(file, writableConfig()), null, null, null), file,
                checkAtOpenUpTo);
    }

    /**
     * Opens a project without writing a byte of it or beside it: in place where that is possible, else
     * through a temporary copy (an older version's project, or changes waiting in the log of a project
     * in a folder that cannot be written).
     */
    static SqliteProjectStore openReadOnly(Path file, String reason) {
        return openReadOnly(file, reason, IntegrityCheck.AT_OPEN_UP_TO_BYTES);
    }

    private static SqliteProjectStore openReadOnly(Path file, String reason, long checkAtOpenUpTo) {
        if (!Files.exists(file)) {
            throw new StoreException("There is no project at " + file + ".");
        }
        Path logCopy = ReadOnlyAccess.canReadInPlace(file) ? null : TemporaryCopy.withLog(file);
        Path readable = logCopy != null ? logCopy : file;
        try {
            ProjectFileInspector.Inspection inspection = ProjectFileInspector.inspect(readable);
            if (inspection.needsCreating()) {
                throw inspection.empty() && reason.equals(OPENED_READ_ONLY) ? emptyFile(file)
                        : new StoreException(file.getFileName() + (inspection.empty() ? " is empty" : " is a project whose "
                                + "creation was interrupted (it holds nothing yet)") + " and cannot be made a project: " + reason + ".");
            }
            if (inspection.schemaVersion() < Migrations.LATEST) {
                Path upgraded = TemporaryCopy.upgraded(readable, inspection.schemaVersion());
                TemporaryCopy.deleteQuietly(logCopy);
                return checkedAtOpen(new SqliteProjectStore(file, connect(upgraded), null,
                        reason + "; written by an older Newsmark, it is read through an upgraded copy", upgraded), upgraded, checkAtOpenUpTo);
            }
            return checkedAtOpen(new SqliteProjectStore(file, connect(readable), null, reason, logCopy), readable, checkAtOpenUpTo);
        } catch (RuntimeException e) {
            TemporaryCopy.deleteQuietly(logCopy);
            throw e;
        }
    }

    /**
     * Runs the integrity check of a project small enough to check in a moment (a larger one is checked
     * by whoever opened it, in the background: {@link SqliteProjectStore#checkIntegrity()}).
     */
    private static SqliteProjectStore checkedAtOpen(SqliteProjectStore store, Path readable, long checkAtOpenUpTo) {
        try {
            if (Files.size(readable) <= checkAtOpenUpTo) {
                store.checkIntegrityAtOpen();
            }
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e instanceof RuntimeException runtime ? runtime
                    : new StoreException("Could not read " + readable.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path readable) {
        try {
            return ReadOnlyAccess.connect(readable);
        } catch (SQLException e) {
            throw SqlErrors.translate(readable, "open the project", e);
        }
    }

    private static NotAProjectException emptyFile(Path file) {
        // Opening (not creating) must not turn an empty file, or an empty database, into a project.
        return new NotAProjectException(file.getFileName() + " is empty, not a Newsmark project. "
                + "Use New Project to make a project. The file was not changed.");
    }

    private static final String OPENED_READ_ONLY = "opened read-only";

    private static Optional<String> readOnlyReason(Path file, boolean exists, OpenMode mode) {
        if (mode == OpenMode.READ_ONLY) {
            return Optional.of(OPENED_READ_ONLY);
        }
        if (exists && isOnReadOnlyDisk(file)) {
            return Optional.of("it is on a read-only disk");
        }
        if (exists && isWriteProtected(file)) {
            return Optional.of("the file is write-protected");
        }
        if (exists && !ReadOnlyAccess.isFolderWritable(file)) {
            return Optional.of("its folder is write-protected");
        }
        return Optional.empty();
    }

    private static boolean isOnReadOnlyDisk(Path file) {
        try {
            return Files.getFileStore(file).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A file whose permissions grant nobody write access is treated as read-only even when the
     * operating system would let this user write it anyway (as it lets an administrator).
     */
    private static boolean isWriteProtected(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("Could not create the folder for " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig writableConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed annotation survives a power cut; in WAL mode it costs well under a millisecond.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        // 32 MB of page cache (default 2 MB): the full-text index of a large import stays in memory.
        config.setCacheSize(-32_768);
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static Connection connect(Path file, SQLiteConfig config) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw SqlErrors.translate(file, "open the project", e);
        }
    }

    private static void prepare(Connection connection, ProjectFileInspector.Inspection inspection,
            CodebookDraft codebook) throws SQLException {
        if (!inspection.needsCreating()) {
            Migrations.upgrade(connection, inspection.schemaVersion());
            return;
        }
        Migrations.create(connection, inspection.schemaVersion(), newProject -> {
            try (Statement statement = newProject.createStatement()) {
                statement.executeUpdate("PRAGMA application_id = " + ProjectFileInspector.APPLICATION_ID);
            }
            CodebookRows.seed(newProject, codebook);
            try (java.sql.PreparedStatement name = newProject.prepareStatement(
                    "INSERT INTO project_setting (key, value) VALUES ('codebook.name', ?)")) {
                name.setString(1, codebook.name());
                name.executeUpdate();
            }
        });
    }

    /** Keeps a consistent copy of the project as it was before an upgrade changes its schema. */
    private static void backUpBeforeUpgrade(Path file, int version) throws SQLException {
        Path backup = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
        if (Files.exists(backup)) {
            return;
        }
        try (Connection connection = ReadOnlyAccess.connect(file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
        }
    }

    /** A project this open was creating, and which holds nothing since its creation rolled back. */
    private static void deleteFailedCreation(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not delete " + part + " after its creation failed", e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing; the first error is the one to report
            LOG.log(System.Logger.Level.DEBUG, "Could not close a connection after a failure", e);
        }
    }
}
