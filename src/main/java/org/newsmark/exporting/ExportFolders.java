package org.newsmark.exporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes an export that is a folder of files the safe way: into a hidden folder beside the target,
 * which replaces the target only once every file is written. A cancelled or failed export leaves
 * the target as it was. A folder that already holds files is replaced only if it is an earlier
 * export of Newsmark's (it holds the {@value #MARKER} file), so a mistyped path never empties a
 * folder of the person's own files.
 */
public final class ExportFolders {

    /** Written into every exported folder; names the format and says who wrote it. */
    public static final String MARKER = ".newsmark-export";

    /** Writes the files of an export into the (new, empty) folder given; returns the count to report. */
    @FunctionalInterface
    public interface Content {
        int writeTo(Path folder) throws IOException;
    }

    private ExportFolders() {
    }

    /**
     * @param project the project the export reads, whose folder is never replaced
     * @param format  the format's name, for the marker and messages
     */
    public static int write(Path project, Path target, String format, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        checkTarget(project, absolute, format);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path partial = parent.resolve("." + name + ".part-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectory(partial);
            int written = content.writeTo(partial);
            Files.writeString(partial.resolve(MARKER), "Exported by Newsmark as " + format + ".\n");
            replace(absolute, partial);
            return written;
        } finally {
            deleteTree(partial);
        }
    }

    private static void checkTarget(Path project, Path target, String format) throws IOException {
        if (Files.isRegularFile(target)) {
            throw new ExportException("Not exporting to " + target + ": it is a file, and a " + format
                    + " export is a folder. Choose a new or empty folder.");
        }
        Path projectFolder = project.toAbsolutePath().normalize().getParent();
        if (target.equals(projectFolder) || projectFolder != null && projectFolder.startsWith(target)) {
            throw new ExportException("Not exporting to " + target + ": the project is in that folder. "
                    + "Choose a new or empty folder.");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve(MARKER))) {
            throw new ExportException("Not exporting to " + target + ": the folder already holds files that are not "
                    + "an earlier Newsmark export. Choose a new or empty folder.");
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Puts the finished folder in place of the target, keeping the old one until the new one is there. */
    private static void replace(Path target, Path finished) throws IOException {
        if (!Files.exists(target)) {
            move(finished, target);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
        move(target, old);
        try {
            move(finished, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            entries.sorted(Comparator.reverseOrder()).forEach(entry -> {
                try {
                    Files.delete(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
