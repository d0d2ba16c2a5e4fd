package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsmark.model.CodebookDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.StoreException;
import org.newsmark.store.sqlite.SqliteProjectStore;
import picocli.CommandLine.Option;

/** The {@code --project} every subcommand takes, and how commands open it. */
final class ProjectOption {

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "FILE", description = "The project file (.newsmark).")
    Path file;

    /**
     * Opens the project to read it, even while a window has it open. A damaged project is still
     * read, with a warning: what it lists may be incomplete.
     */
    ProjectStore openForReading(PrintWriter err) {
        return openForReading(file, err);
    }

    /** As {@link #openForReading(PrintWriter)}, for a command whose project is optional. */
    static ProjectStore openForReading(Path file, PrintWriter err) {
        ProjectStore store = SqliteProjectStore.open(file, OpenMode.READ_ONLY);
        store.damage().ifPresent(problem -> err.println("newsmark: warning: " + file.getFileName() + " is damaged ("
                + problem + "); what follows may be incomplete. " + repairAdvice(file)));
        return store;
    }

    /**
     * Opens the project to add to it (created if missing), beside a window that may have it open. A
     * project that cannot be written, or is damaged (checked whole first, whatever its size), is
     * refused before anything is done.
     */
    ProjectStore openForAdding(CodebookDraft codebookIfNew) {
        ProjectStore store = SqliteProjectStore.open(file, OpenMode.SHARED_WRITE, codebookIfNew);
        try {
            if (!store.integrityChecked()) {
                store.checkIntegrity();
            }
            if (store.damage().isPresent()) {
                throw new StoreException(file.getFileName() + " is damaged (" + store.damage().get()
                        + "); nothing was changed. " + repairAdvice(file));
            }
            if (store.isReadOnly()) {
                throw new StoreException(file.getFileName() + " cannot be written (" + store.readOnlyReason().orElse("")
                        + "); nothing was changed.");
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static String repairAdvice(Path file) {
        return "Save a repaired copy with: newsmark repair --project " + file + " --out REPAIRED.newsmark";
    }
}
