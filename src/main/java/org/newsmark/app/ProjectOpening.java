package org.newsmark.app;

import java.nio.file.Path;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectInUseException;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** Opens the project a window shows; the default project is filled with the samples on first start. */
final class ProjectOpening {

    private ProjectOpening() {
    }

    static ProjectStore open(Path project, OpenMode mode, AppDirectories directories) {
        return open(project, mode, directories, Codebooks.newsSourcing());
    }

    /**
     * Opens a project for the window. A project another window or command has open for writing is
     * opened read-only, saying so: two windows writing one project would each undo the other's work.
     *
     * @param codebook the codebook a project created now starts with
     */
    static ProjectStore open(Path project, OpenMode mode, AppDirectories directories, CodebookDraft codebook) {
        boolean isDefault = project.toAbsolutePath().normalize().equals(directories.defaultProject().toAbsolutePath().normalize());
        ProjectStore store;
        try {
            store = SqliteProjectStore.open(project, mode, codebook);
        } catch (ProjectInUseException e) {
            return SqliteProjectStore.openReadOnly(project, "open for writing in another Newsmark window or command"
                    + (e.holder().startsWith("process ") ? " (" + e.holder() + ")" : ""));
        }
        // The sample project is filled on its first start (or, should that start have been cut short, on the next).
        if (isDefault && !store.isReadOnly() && store.articles().isEmpty()) {
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
