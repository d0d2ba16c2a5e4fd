package org.newsmark.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.common.DialogService;

/**
 * What the window's File and Help menus do with the project file itself: copies, repairs, the log and
 * diagnostics. Whole-file work runs as tasks beside the saves; the outcome is said in the status line.
 */
final class ProjectFileCommands {

    private static final System.Logger LOG = System.getLogger(ProjectFileCommands.class.getName());

    private final ProjectStore store;
    private final BackgroundTasks fileTasks;
    private final DialogService dialogs;
    private final AppDirectories directories;
    private final Consumer<String> say;

    ProjectFileCommands(ProjectStore store, BackgroundTasks fileTasks, DialogService dialogs, AppDirectories directories,
            Consumer<String> say) {
        this.store = store;
        this.fileTasks = fileTasks;
        this.dialogs = dialogs;
        this.directories = directories;
        this.say = say;
    }

    DailyBackups dailyBackups() {
        return new DailyBackups(directories.backups(), store.file());
    }

    /** Today's copy, if the project can be copied and has none yet; quietly in the background. */
    void makeTodaysBackup() {
        if (store.isReadOnly()) {
            return;
        }
        fileTasks.submit(BackgroundTask.of("Daily copy of " + store.file().getFileName(),
                progress -> dailyBackups().makeTodays(store, LocalDate.now()))
                .onSuccess(made -> {
                    if (made) {
                        LOG.log(System.Logger.Level.INFO, "Saved today's copy of " + store.file());
                    }
                }).onFailure(error -> say.accept("Could not save today's copy of the project: " + error.getMessage())));
    }

    void saveBackupCopy() {
        dialogs.chooseProjectCopy("Save a backup copy", baseName() + "-" + LocalDate.now() + ".newsmark")
                .ifPresent(target -> copy("Saving a copy", target, () -> store.saveBackup(target),
                        "Saved a copy of the project to " + target + "."));
    }

    /** @param open opens the repaired copy, if the person wants to work on it now */
    void saveRepairedCopy(Consumer<Path> open) {
        dialogs.chooseProjectCopy("Save a repaired copy", baseName() + "-repaired.newsmark").ifPresent(target ->
                fileTasks.submit(BackgroundTask.of("Repair " + store.file().getFileName(), progress -> {
                    store.saveRepairedCopy(target);
                    return target;
                }).onSuccess(saved -> {
                    say.accept("Saved a repaired copy to " + saved + ".");
                    if (dialogs.confirm("Repaired copy", "The repaired copy is saved", "Open " + saved.getFileName()
                            + " now and work on it? The damaged project stays as it is.", "Open the Repaired Copy")) {
                        open.accept(saved);
                    }
                }).onFailure(error -> dialogs.showError("Save a repaired copy", error.getMessage()))));
    }

    /** The copies the person can restore, newest first; an empty list when there are none. */
    List<DailyBackups.Backup> backups() {
        try {
            return dailyBackups().all();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list the copies of " + store.file(), e);
            return List.of();
        }
    }

    void showLog() {
        fileTasks.submit(BackgroundTask.of("Read the log", progress -> AppLogging.latestFile(directories.logs())
                .map(file -> file + "\n\n" + Diagnostics.tail(file)).orElse("Nothing has been logged yet."))
                .onSuccess(text -> dialogs.showText("Newsmark's log", "The newest entries of the log in "
                        + directories.logs(), text)));
    }

    void copyDiagnostics() {
        fileTasks.submit(BackgroundTask.of("Gather diagnostics", progress -> Diagnostics.of(store, directories))
                .onSuccess(text -> {
                    dialogs.copyToClipboard(text);
                    say.accept("Diagnostics copied: paste them into a bug report (they include the end of the log).");
                }));
    }

    private void copy(String doing, Path target, Runnable work, String done) {
        say.accept(doing + "\u2026");
        fileTasks.submit(BackgroundTask.of(doing + " to " + target, progress -> {
            work.run();
            return null;
        }).onSuccess(ignored -> say.accept(done)).onFailure(error -> dialogs.showError(doing, error.getMessage())));
    }

    private String baseName() {
        return store.file().getFileName().toString().replaceFirst("\\.newsmark$", "");
    }
}
