package org.newsmark.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.StoreException;
import org.newsmark.task.Threads;
import org.newsmark.ui.main.ProjectViewModel;

/**
 * What a window's start does before anything can be shown, none of it needing JavaFX: read the
 * settings, ask the system for its theme, open the project and read what the window shows first.
 * Begun in {@code main} on a thread of its own, it runs while JavaFX starts (a few hundred
 * milliseconds that the two would otherwise take one after the other); the application's
 * {@code init} takes the result. An application started without {@code main} (as tests start it)
 * prepares in {@code init} itself.
 */
final class StartPreparation {

    private static final System.Logger LOG = System.getLogger(StartPreparation.class.getName());

    /**
     * @param store     the project, open; null if it could not be opened ({@code error} says why)
     * @param firstView what the window shows first; null if it could not be read (the window reads it again)
     */
    record Prepared(LaunchOptions options, AppSettings settings, boolean systemDark, Path project, ProjectStore store,
            StoreException error, ProjectViewModel.FirstView firstView) {
    }

    /** The preparation begun by {@code main} for the application it launches; at most one. */
    private static volatile CompletableFuture<Prepared> begun;

    private StartPreparation() {
    }

    /** Begins preparing the start on a thread of its own, for the next {@link #take()}. */
    static void begin(LaunchOptions options) {
        CompletableFuture<Prepared> preparing = new CompletableFuture<>();
        begun = preparing;
        Threads.start("newsmark-start", () -> {
            try {
                preparing.complete(prepare(options));
            } catch (RuntimeException | Error e) {
                preparing.completeExceptionally(e);
            }
        });
    }

    /** The preparation begun for this start, once done; empty if none was begun. */
    static Optional<Prepared> take() {
        CompletableFuture<Prepared> preparing = begun;
        begun = null;
        if (preparing == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(preparing.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException problem ? problem : e;
        }
    }

    /** The whole preparation, on the calling thread. */
    static Prepared prepare(LaunchOptions options) {
        AppSettings settings = AppSettings.load(options.directories().config());
        boolean dark = SystemTheme.prefersDark();
        Path project = options.project() != null ? options.project()
                : settings.lastProject().filter(Files::isRegularFile).orElse(options.directories().defaultProject());
        StartupProbe.mark("settings");
        try {
            ProjectStore store = ProjectOpening.open(project, OpenMode.CREATE_OR_OPEN, options.directories());
            StartupProbe.mark("project");
            return new Prepared(options, settings, dark, project, store, null, readFirstView(store));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not open " + project, e);
            return new Prepared(options, settings, dark, project, null, e, null);
        }
    }

    private static ProjectViewModel.FirstView readFirstView(ProjectStore store) {
        try {
            return ProjectViewModel.readFirstView(store);
        } catch (RuntimeException e) {
            // The window reads it again and says what went wrong where the person sees it.
            LOG.log(System.Logger.Level.WARNING, "Could not read the first article of " + store.file(), e);
            return null;
        }
    }
}
