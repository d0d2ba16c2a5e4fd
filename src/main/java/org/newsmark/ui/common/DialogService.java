package org.newsmark.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.exporting.ProjectExporter;
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

    /**
     * The format to export to and whether only the open article; empty when the person cancels.
     *
     * @param preselected the format chosen last time, or null
     * @param openArticle the title of the article open in the window, or null when none is
     */
    Optional<ExportChoice> askExport(List<ProjectExporter> exporters, String preselected, String openArticle);

    /**
     * Where an export is written: a file with the exporter's extension, or a new folder for formats
     * that write one; empty when the person cancels.
     */
    Optional<Path> chooseExportTarget(ProjectExporter exporter, String suggestedName);

    /** Where to save a table as CSV or a printable HTML page; empty when the person cancels. */
    Optional<Path> chooseReportFile(String title, String suggestedName);

    /** Where to save a copy of the project (a backup, a repaired copy); empty when the person cancels. */
    Optional<Path> chooseProjectCopy(String title, String suggestedName);

    /** One of {@code choices} (by its position); empty when the person cancels. */
    Optional<Integer> chooseOne(String title, String header, List<String> choices);

    /** Asks before doing something that cannot simply be undone; true only if the person confirms. */
    boolean confirm(String title, String header, String message, String confirmLabel);

    /** Shows a long text (the log) to read, select and copy. */
    void showText(String title, String header, String text);

    void copyToClipboard(String text);

    /** A line of text the person types (a name); empty when they cancel or leave it blank. */
    Optional<String> askText(String title, String header, String initial);
}
