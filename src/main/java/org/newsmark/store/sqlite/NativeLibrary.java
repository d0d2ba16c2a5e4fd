package org.newsmark.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where SQLite's native library is loaded from. The driver copies it out of the jar into the
 * temporary folder under a new name on every start and deletes it on a normal exit, so every killed
 * run left a 1 MB copy behind. Newsmark instead keeps one copy per driver version in its own data
 * folder, written once, and has the driver load that.
 */
public final class NativeLibrary {

    private static final System.Logger LOG = System.getLogger(NativeLibrary.class.getName());

    private NativeLibrary() {
    }

    /**
     * Makes the driver load its native library from {@code folder} (copied there if missing). Must run
     * before the first project is opened; if the copy cannot be made, the driver's own way is used.
     */
    public static void useCopyIn(Path folder) {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        Path versionFolder = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path library = versionFolder.resolve(name);
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.log(System.Logger.Level.INFO, "No bundled SQLite library for this system at " + resource);
                return;
            }
            if (!Files.isRegularFile(library)) {
                Files.createDirectories(versionFolder);
                Path partial = Files.createTempFile(versionFolder, name, ".partial");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                moveInPlace(partial, library);
            }
            System.setProperty("org.sqlite.lib.path", versionFolder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not keep SQLite's library in " + versionFolder
                    + "; the driver copies it to the temporary folder instead", e);
        }
    }

    /** Two Newsmarks starting at once may both copy it; either copy is the same library. */
    private static void moveInPlace(Path partial, Path library) throws IOException {
        try {
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
