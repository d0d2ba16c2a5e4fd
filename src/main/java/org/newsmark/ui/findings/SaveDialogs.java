package org.newsmark.ui.findings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where to save a table, a chart or a report: the system's save dialog with the right file types. */
final class SaveDialogs {

    /** A CSV file, and whether it is for Excel (then it starts with a byte-order mark). */
    record CsvTarget(Path file, boolean forExcel) {
    }

    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter(
            "CSV, UTF-8 (R, pandas, LibreOffice) (*.csv)", "*.csv");
    private static final FileChooser.ExtensionFilter CSV_FOR_EXCEL = new FileChooser.ExtensionFilter(
            "CSV for Excel, UTF-8 with byte-order mark (*.csv)", "*.csv");

    private SaveDialogs() {
    }

    static Optional<CsvTarget> csv(Window owner, String title, String suggestedName) {
        FileChooser chooser = chooser(title, suggestedName);
        chooser.getExtensionFilters().setAll(CSV, CSV_FOR_EXCEL);
        chooser.setSelectedExtensionFilter(CSV);
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(file -> new CsvTarget(withExtension(file, ".csv"),
                chooser.getSelectedExtensionFilter() == CSV_FOR_EXCEL));
    }

    static Optional<Path> png(Window owner, String title, String suggestedName) {
        FileChooser chooser = chooser(title, suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG picture, 300 dpi (*.png)", "*.png"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(file -> withExtension(file, ".png"));
    }

    static Optional<Path> html(Window owner, String title, String suggestedName) {
        FileChooser chooser = chooser(title, suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Web page (*.html)", "*.html"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(file -> withExtension(file, ".html"));
    }

    private static FileChooser chooser(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return chooser;
    }

    private static Path withExtension(File file, String extension) {
        String name = file.getName();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? file.toPath()
                : file.toPath().resolveSibling(name + extension);
    }

    /** A file name from a title: letters, digits and hyphens. */
    static String fileName(String title, String extension) {
        String name = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return (name.isEmpty() ? "findings" : name) + extension;
    }
}
