package org.newsmark.exporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Writes an export file the safe way, whatever the format: never over the project it was read from
 * nor the files kept beside it, and replacing an existing file only once the new one is complete, so
 * a failure (a full disk, a bug) never leaves a truncated file where a good one was.
 */
public final class ExportFiles {

    /** Writes the content of an export and returns what the caller wants to report (such as a count). */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(Writer out) throws IOException;
    }

    private ExportFiles() {
    }

    /**
     * Writes {@code target} in UTF-8 through a temporary file beside it, then moves it into place.
     *
     * @param project            the project the export reads, which must not be overwritten
     * @param suggestedExtension the extension offered in the message when the target is refused
     */
    public static <T> T write(Path project, Path target, String suggestedExtension, Content<T> content) throws IOException {
        refuseProjectFiles(project, target, suggestedExtension);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            T result;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                result = content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** An export must never replace the project it reads, nor the files SQLite and Newsmark keep beside it. */
    static void refuseProjectFiles(Path project, Path target, String suggestedExtension) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path projectPath = project.toAbsolutePath().normalize();
        String name = projectPath.getFileName().toString();
        String targetName = absolute.getFileName().toString();
        boolean besideProject = absolute.getParent() != null && absolute.getParent().equals(projectPath.getParent())
                && (targetName.matches(Pattern.quote(name) + "(-wal|-shm|-journal|\\.lock|\\.v\\d+\\.bak)"));
        boolean sameFile = Files.exists(absolute) && Files.isSameFile(absolute, projectPath);
        if (sameFile || besideProject) {
            throw new IOException("Not exporting to " + target + ": that is the project file or one kept beside it. "
                    + "Choose another name, such as " + name.replaceFirst("\\.newsmark$", "") + "." + suggestedExtension + ".");
        }
    }
}
