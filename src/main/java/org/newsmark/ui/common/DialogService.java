package org.newsmark.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.FieldMapping;

/** Dialogs behind an interface, so what asks for them can be tested without a window. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String header, String message);


    Optional<Path> chooseProjectToOpen();

    Optional<Path> chooseNewProject();

    List<Path> chooseFilesToImport();

    Optional<Path> chooseFolderToImport();

    /** Asks for a web address to import; empty when the person cancels. */
    Optional<String> askForUrl();

    /** Which fields of a collection's records hold each part of an article; empty when the person cancels. */
    Optional<FieldMapping> askFieldMapping(CollectionPreviewer.Preview preview);

    Optional<Path> chooseExportFile(String suggestedName);
}
