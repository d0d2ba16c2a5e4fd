package org.newsmark.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.ui.common.DialogService;

/** Asks which of a project's copies should take its place, and whether to go ahead; or says why none can. */
final class BackupChoice {

    private static final String TITLE = "Restore from a backup";

    private BackupChoice() {
    }

    /** @return the copy chosen and confirmed, or empty when there is none, the project cannot be replaced or the person declines */
    static Optional<Path> ask(DialogService dialog, ProjectSession open, Path backupsFolder) {
        Path project = open.store().file();
        List<DailyBackups.Backup> backups = open.fileCommands().backups();
        if (backups.isEmpty()) {
            dialog.showInformation(TITLE, "There is no copy of " + project.getFileName() + " yet",
                    "Newsmark saves a copy of a project on each day it is opened, and keeps a week of them in "
                            + backupsFolder + ". File \u25B8 Save a Backup Copy saves one now.");
            return Optional.empty();
        }
        if (open.store().isReadOnly() && open.store().damage().isEmpty()) {
            dialog.showError(TITLE, project.getFileName() + " is read-only ("
                    + open.store().readOnlyReason().orElse("") + "), so it cannot be replaced. Open a copy instead.");
            return Optional.empty();
        }
        return dialog.chooseOne(TITLE, "Which copy should take the place of " + project.getFileName() + "?",
                backups.stream().map(DailyBackups.Backup::made).toList())
                .filter(index -> dialog.confirm(TITLE, "Replace " + project.getFileName() + " with its "
                        + backups.get(index).made() + "?", "The project as it is now is not deleted: it is kept "
                        + "beside it, named " + project.getFileName() + ".before-restore-\u2026", "Restore"))
                .map(index -> backups.get(index).file());
    }
}
