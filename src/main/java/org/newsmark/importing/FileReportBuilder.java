package org.newsmark.importing;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.store.ProjectStore.AddedArticle;

/** Gathers what happens to one file's articles while it is imported, for the report. */
final class FileReportBuilder {

    private final String file;
    private String format;
    private final List<ImportReport.Imported> imported = new ArrayList<>();
    private final List<ImportReport.Duplicate> duplicates = new ArrayList<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();
    private int handedOver;

    FileReportBuilder(String file, String format) {
        this.file = file;
        this.format = format;
    }

    /** The format, once known (a web page's is known when the server has answered). */
    void format(String newFormat) {
        format = newFormat;
    }

    /** An article was read and queued for storing. */
    void handedOver() {
        handedOver++;
    }

    /** What storing the article at {@code where} came to. */
    void stored(String where, String title, AddedArticle added) {
        if (added.problem() != null) {
            skipped.add(new ImportReport.Skipped(where, added.problem()));
        } else if (added.duplicate()) {
            duplicates.add(new ImportReport.Duplicate(where, added.id(), title, added.merged()));
        } else {
            imported.add(new ImportReport.Imported(where, added.id(), title));
        }
    }

    void skipped(String where, String reason) {
        skipped.add(new ImportReport.Skipped(where, reason));
    }

    /** The file could not be read (further): said of the whole file, or of where reading stopped. */
    void failed(String reason) {
        skipped.add(new ImportReport.Skipped("", handedOver == 0 ? reason
                : "reading stopped after " + handedOver + " articles: " + reason));
    }

    ImportReport.FileReport build() {
        return new ImportReport.FileReport(file, format, imported, duplicates, skipped);
    }

    long importedCount() {
        return imported.size();
    }

    long duplicateCount() {
        return duplicates.size();
    }

    long skippedCount() {
        return skipped.size();
    }
}
