package org.newsmark.ui.exporting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.task.Progress;
import org.newsmark.ui.common.TaskProgress;

/**
 * Exports in the background with progress and Cancel, on a read connection of their own: the thread
 * that saves annotations never waits for an export, and an export never sees half of a change.
 */
public final class ExportViewModel implements TaskProgress {

    /** Writes the articles of a project to a file; the app's are the exporters of each format. */
    public interface Exporter {
        /** @return how many articles were written */
        int export(ProjectStore reader, Path target, Progress progress) throws IOException;
    }

    private static final String CURATOR = org.newsmark.agreement.AgreementQuery.CURATOR;

    private final ProjectStore store;
    private final BackgroundTasks exportTasks;
    private final Consumer<String> messages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private BackgroundTask<Integer> current;

    /** @param messages where the outcome is said (the status line) */
    public ExportViewModel(ProjectStore store, BackgroundTasks exportTasks, Consumer<String> messages) {
        this.store = store;
        this.exportTasks = exportTasks;
        this.messages = messages;
    }

    /** Starts writing the chosen articles in {@code exporter}'s format to {@code target}. */
    public void start(ProjectExporter exporter, ArticleSelection articles, Path target) {
        start((reader, file, progress) -> exporter.export(reader, articles, file, progress), target);
    }

    /**
     * Starts an export as the Export dialog asks for it.
     *
     * @param openArticle the article open in the window, written alone when {@code openArticleOnly}; null when none is
     * @param goldOnly    whether the curator's work alone (the gold version) is written
     */
    public void start(ProjectExporter exporter, Long openArticle, boolean openArticleOnly, boolean goldOnly, Path target) {
        ArticleSelection chosen = openArticleOnly && openArticle != null
                ? ArticleSelection.of(java.util.List.of(openArticle))
                : ArticleSelection.all();
        start(exporter, goldOnly ? chosen.withCoders(java.util.List.of(CURATOR)) : chosen, target);
    }

    /** The name offered for an export: the project's, with "-gold" for the gold version, as a file or folder of the format. */
    public String suggestedName(ProjectExporter exporter, boolean goldOnly) {
        String project = store.file().getFileName().toString().replaceFirst("\\.newsmark$", "");
        String stem = goldOnly ? project + "-gold" : project;
        return exporter.layout() == ProjectExporter.Layout.FOLDER ? stem + "-" + exporter.format() : stem + "." + exporter.extension();
    }

    /** Starts writing the project to {@code target} (replaced only once the export is complete). */
    public void start(Exporter exporter, Path target) {
        if (running.get()) {
            messages.accept("An export is running; wait for it or cancel it first.");
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Exporting to " + target.getFileName() + "\u2026");
        BackgroundTask<Integer> task = BackgroundTask.of("Export to " + target, work -> {
            try (ProjectStore reader = store.openReader()) {
                return exporter.export(reader, target, work);
            }
        });
        task.onProgress((fraction, message) -> {
            progress.set(fraction);
            status.set(message);
        }).onSuccess(written -> finish("Exported " + written + (written == 1 ? " article" : " articles") + " to " + target + "."))
                .onFailure(error -> finish("Could not export to " + target + ": " + error.getMessage()))
                .onCancelled(() -> finish("Export cancelled; " + target.getFileName() + " was not changed."));
        current = task;
        exportTasks.submit(task);
    }

    private void finish(String outcome) {
        running.set(false);
        progress.set(0);
        status.set("");
        current = null;
        messages.accept(outcome);
    }

    @Override
    public void cancel() {
        if (current != null) {
            current.cancel();
            status.set("Cancelling\u2026");
        }
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
}
