package org.newsmark.ui.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.importing.ImportReport;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.common.TaskProgress;

/**
 * Imports in the background while the window stays usable: one import at a time on the import
 * thread (a second one asked for meanwhile waits its turn), its progress and counts shown as it goes,
 * Cancel stopping it between two articles. The articles already read stay; the report says what
 * was imported and what was skipped, file by file.
 */
public final class ImportViewModel implements TaskProgress {

    /** Runs one import; the app's is a {@link CorpusImporter} on the project. */
    public interface Importer {
        ImportReport run(List<ImportInput> inputs, ImportOptions options, CorpusImporter.Progress progress,
                java.util.function.BooleanSupplier cancelled);
    }

    /** What the first collection among some files holds; the app's is a {@link CollectionPreviewer}. */
    public interface Previewer {
        Optional<CollectionPreviewer.Preview> firstCollection(List<Path> files, ImportOptions options);
    }

    private final Importer importer;
    private final Previewer previewer;
    private final BackgroundTasks importTasks;
    private final BackgroundTasks previewTasks;
    private final Consumer<ImportReport> onFinished;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>();
    /** The import running now and those waiting behind it, oldest first; Cancel stops them all. */
    private final List<BackgroundTask<ImportReport>> unfinished = new CopyOnWriteArrayList<>();

    /**
     * @param onFinished called on the FX thread with each finished import's report (to refresh the
     *                   article list and show the report)
     * @param importTasks  runs one import at a time, in order
     * @param previewTasks where previews are read: not beside the imports, which may be busy for minutes
     */
    public ImportViewModel(Importer importer, Previewer previewer, BackgroundTasks importTasks, BackgroundTasks previewTasks,
            Consumer<ImportReport> onFinished) {
        this.importer = importer;
        this.previewer = previewer;
        this.importTasks = importTasks;
        this.previewTasks = previewTasks;
        this.onFinished = onFinished;
    }

    /** Starts importing these inputs, or queues them behind the import running now. */
    public void start(List<ImportInput> inputs, ImportOptions options) {
        if (inputs.isEmpty()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set(unfinished.isEmpty() ? "Starting the import\u2026" : "Import waiting for the one running now\u2026");
        BackgroundTask<ImportReport> task = BackgroundTask.of("Import", work -> {
            try {
                return importer.run(inputs, options, update -> work.update(fraction(update), describe(update)),
                        work::isCancelled);
            } catch (RuntimeException e) {
                // The report says what went wrong; the import's articles stored so far stay.
                System.getLogger(ImportViewModel.class.getName()).log(System.Logger.Level.WARNING, "Import stopped", e);
                return new ImportReport(List.of(ImportReport.FileReport.failed(inputs.get(0).label(), "", e.getMessage())),
                        List.of(), "stopped: " + e.getMessage());
            }
        });
        unfinished.add(task);
        importTasks.submit(task.onProgress(this::show).onSuccess(report -> finished(task, report))
                .onCancelled(() -> finished(task, new ImportReport(List.of(), List.of(), "cancelled before it started"))));
    }

    /**
     * Looks at the first collection file among {@code inputs} away from the FX thread, and hands what
     * its first records hold to {@code then} on the FX thread (empty when there is none to show).
     */
    public void previewCollection(List<ImportInput> inputs, ImportOptions options,
            Consumer<Optional<CollectionPreviewer.Preview>> then) {
        List<Path> files = inputs.stream().filter(ImportInput.FileInput.class::isInstance)
                .map(input -> ((ImportInput.FileInput) input).path()).toList();
        if (files.isEmpty()) {
            then.accept(Optional.empty());
            return;
        }
        previewTasks.submit(BackgroundTask.of("Preview " + files.get(0).getFileName(),
                progress -> previewer.firstCollection(files, options)).onSuccess(then)
                .onFailure(error -> then.accept(Optional.empty())));
    }

    /** Stops the running import between two articles, and any waiting behind it. */
    @Override
    public void cancel() {
        if (running.get()) {
            unfinished.forEach(BackgroundTask::cancel);
            status.set("Cancelling\u2026");
        }
    }

    private static double fraction(CorpusImporter.Status update) {
        return update.bytesTotal() > 0 ? (double) update.bytesDone() / update.bytesTotal() : -1;
    }

    private static String describe(CorpusImporter.Status update) {
        String counts = String.format(Locale.ROOT, "Imported %,d", update.imported())
                + (update.duplicates() > 0 ? String.format(Locale.ROOT, " \u00B7 %,d already in the project", update.duplicates()) : "")
                + (update.skipped() > 0 ? String.format(Locale.ROOT, " \u00B7 %,d skipped", update.skipped()) : "");
        return update.current().isEmpty() ? counts : counts + " \u2014 " + shortName(update.current());
    }

    private void show(double fraction, String message) {
        if (!running.get() || status.get().equals("Cancelling\u2026")) {
            return;
        }
        progress.set(fraction);
        status.set(message);
    }

    private void finished(BackgroundTask<ImportReport> task, ImportReport report) {
        unfinished.remove(task);
        if (unfinished.isEmpty()) {
            running.set(false);
            progress.set(0);
        }
        status.set(unfinished.isEmpty() ? "Import: " + report.summary() + "." : "Import: " + report.summary() + "; the next one is running\u2026");
        lastReport.set(report);
        onFinished.accept(report);
    }

    private static String shortName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash >= 0 && slash < file.length() - 1 && !file.startsWith("http") ? file.substring(slash + 1) : file;
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
