package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Puts a copy of a project in the project's place. Nothing is lost on the way: the project as it
 * was is first renamed beside itself ({@code study.newsmark.before-restore-2026-12-06-1015}), and the
 * copy is written under a temporary name and renamed into place only when complete.
 */
final class ProjectRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private ProjectRestore() {
    }

    /** Must run while no one has the project open. Returns where the project as it was now is. */
    static Path restore(Path project, Path copy) throws IOException {
        Path incoming = project.resolveSibling(project.getFileName() + ".restoring");
        Files.copy(copy, incoming, StandardCopyOption.REPLACE_EXISTING);
        Path aside = project.resolveSibling(project.getFileName() + ".before-restore-" + STAMP.format(LocalDateTime.now()));
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path part = project.resolveSibling(project.getFileName() + suffix);
            if (Files.exists(part)) {
                Files.move(part, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        Files.move(project, aside);
        Files.move(incoming, project, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }
}
