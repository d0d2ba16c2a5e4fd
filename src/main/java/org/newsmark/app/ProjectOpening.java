package org.newsmark.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** Opens the project a window shows; the default project is created with the samples on first start. */
final class ProjectOpening {

    private ProjectOpening() {
    }

    static ProjectStore open(Path project, OpenMode mode, AppDirectories directories) {
        return open(project, mode, directories, Codebooks.newsSourcing());
    }

    /** @param codebook the codebook a project created now starts with */
    static ProjectStore open(Path project, OpenMode mode, AppDirectories directories, CodebookDraft codebook) {
        boolean isNewDefault = project.toAbsolutePath().normalize().equals(directories.defaultProject().toAbsolutePath().normalize())
                && !Files.exists(project);
        ProjectStore store = SqliteProjectStore.open(project, mode, codebook);
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
