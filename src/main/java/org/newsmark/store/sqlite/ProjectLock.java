package org.newsmark.store.sqlite;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsmark.store.ProjectInUseException;
import org.newsmark.store.StoreException;

/**
 * Marks a project as open for writing by one Newsmark window or command.
 *
 * <p>The lock is an OS lock on a file beside the project ({@code name.newsmark.lock}), not on the
 * project itself: closing any handle of a file drops all of a process's POSIX locks on it, which would
 * silently drop SQLite's own locks. The OS releases the lock when the process dies, so a crash never
 * leaves the project locked. SQLite's locking still guards the data; this lock exists so a second
 * window can say clearly that the file is in use instead of racing the first.
 *
 * <p>The lock file stays when the project is closed (emptied): deleting it would let a process that
 * opened it just before lock the deleted file while a third creates and locks a new one.
 */
final class ProjectLock implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ProjectLock.class.getName());

    /**
     * Lock files this process holds. A second attempt must not even open such a file: on Linux, closing
     * any channel of a file drops every lock the process holds on it, including the first holder's.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    static ProjectLock acquire(Path project) {
        Path lockFile = lockFileOf(project);
        if (!HELD.add(lockFile)) {
            throw inUse(project, "this Newsmark");
        }
        try {
            return lock(project, lockFile);
        } catch (RuntimeException e) {
            HELD.remove(lockFile);
            throw e;
        }
    }

    private static ProjectLock lock(Path project, Path lockFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Could not open " + project.getFileName() + " for writing: cannot create "
                    + lockFile.getFileName() + " beside it (" + e.getMessage() + ").", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw inUse(project, holder);
            }
            writeHolder(channel);
            return new ProjectLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Could not lock " + project.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static ProjectInUseException inUse(Path project, String holder) {
        return new ProjectInUseException(project.getFileName() + " is already open in another Newsmark window or command"
                + (holder.isBlank() ? "" : " (" + holder + ")")
                + ". Close it there first, or open the project read-only.", holder);
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String holder = "process " + ManagementFactory.getRuntimeMXBean().getName();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release: the OS drops the lock with the process at the latest
            LOG.log(System.Logger.Level.INFO, "Could not close a lock file", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // the OS drops the lock with the channel below
            LOG.log(System.Logger.Level.INFO, "Could not release " + lockFile + " before closing it", e);
        } finally {
            closeQuietly(channel);
            HELD.remove(lockFile);
        }
    }
}
