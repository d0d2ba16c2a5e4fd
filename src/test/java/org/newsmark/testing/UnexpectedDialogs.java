package org.newsmark.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.FieldMapping;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.ExportChoice;

/** Dialogs a test does not expect: each fails the test. Tests override the ones they answer. */
public class UnexpectedDialogs implements DialogService {

    private static AssertionError unexpected(String what) {
        return new AssertionError("Unexpected dialog: " + what);
    }

    @Override
    public void showError(String title, String message) {
        throw unexpected("error \"" + title + "\": " + message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        throw unexpected("information \"" + title + "\": " + message);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        throw unexpected("choose a project to open");
    }

    @Override
    public Optional<Path> chooseNewProject() {
        throw unexpected("choose a new project");
    }

    @Override
    public List<Path> chooseFilesToImport() {
        throw unexpected("choose files to import");
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        throw unexpected("choose a folder to import");
    }

    @Override
    public Optional<String> askForUrl() {
        throw unexpected("ask for a web address");
    }

    @Override
    public Optional<FieldMapping> askFieldMapping(CollectionPreviewer.Preview preview) {
        throw unexpected("ask for a field mapping");
    }

    @Override
    public Optional<ExportChoice> askExport(List<ProjectExporter> exporters, String preselected, String openArticle) {
        throw unexpected("ask for an export format");
    }

    @Override
    public Optional<Path> chooseExportTarget(ProjectExporter exporter, String suggestedName) {
        throw unexpected("choose where to export as " + exporter.format());
    }

    @Override
    public Optional<Path> chooseReportFile(String title, String suggestedName) {
        throw unexpected("choose where to save a report: " + title);
    }

    @Override
    public Optional<Path> chooseProjectCopy(String title, String suggestedName) {
        throw unexpected("choose where to save a copy: " + title);
    }

    @Override
    public Optional<Integer> chooseOne(String title, String header, List<String> choices) {
        throw unexpected("choose one of " + choices);
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmLabel) {
        throw unexpected("confirm \"" + header + "\"");
    }

    @Override
    public void showText(String title, String header, String text) {
        throw unexpected("show text \"" + title + "\"");
    }

    @Override
    public void copyToClipboard(String text) {
        throw unexpected("copy to the clipboard");
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        throw unexpected("ask for text: " + header);
    }
}
