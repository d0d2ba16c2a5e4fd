package org.newsmark.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.importing.ImportReport;

/** Dialogs behind an interface, so what asks for them can be tested without a window. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String header, String message);

    void showImportReport(ImportReport report);

    Optional<Path> chooseProjectToOpen();

    Optional<Path> chooseNewProject();

    List<Path> chooseFilesToImport();

    Optional<Path> chooseExportFile(String suggestedName);
}
