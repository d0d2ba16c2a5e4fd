package org.newsmark.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** Opens the project a window shows; the default project is created with the samples on first start. */
final class ProjectOpening {

    private ProjectOpening() {
    }

    static ProjectStore open(Path project, OpenMode mode, AppDirectories directories) {
        boolean isNewDefault = project.toAbsolutePath().normalize().equals(directories.defaultProject().toAbsolutePath().normalize())
                && !Files.exists(project);
        ProjectStore store = SqliteProjectStore.open(project, mode);
        if (isNewDefault) {
            try {
                store.addArticles(SampleArticles.read());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }
}
