package org.newsmark.ui.agreement;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsmark.agreement.AgreementCalculator;
import org.newsmark.agreement.AgreementCsv;
import org.newsmark.agreement.AgreementHtml;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.BackgroundTasks;

/**
 * The agreement report for a window tab: computed in the background on a reader of the project's
 * own (so saves go on meanwhile), with progress and Cancel, then kept for the tables
 * ({@link #report()}) and saved as CSV or as a printable HTML page. A table per category and pair
 * of coders binds to {@link AgreementReport#pairs()} and {@link AgreementReport#pooled()}.
 */
public final class AgreementViewModel {

    private final Supplier<ProjectStore> reader;
    private final BackgroundTasks tasks;
    private final String projectName;
    private final ReadOnlyObjectWrapper<AgreementReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private BackgroundTask<AgreementReport> task;

    /**
     * @param reader opens a reader of the project (see {@link ProjectStore#openReader()}), closed after each run
     * @param tasks  where the computing and saving run (a thread of their own in the window)
     */
    public AgreementViewModel(Supplier<ProjectStore> reader, BackgroundTasks tasks, String projectName) {
        this.reader = reader;
        this.tasks = tasks;
        this.projectName = projectName;
    }

    /** Computes the report for these coders, categories and articles (empty lists: all). */
    public void compute(AgreementQuery query) {
        cancel();
        running.set(true);
        progress.set(-1);
        message.set("Measuring agreement\u2026");
        task = tasks.submit(BackgroundTask.<AgreementReport>of("Measure agreement", work -> {
            try (ProjectStore store = reader.get()) {
                return new AgreementCalculator(store).calculate(query, work);
            }
        }).onProgress((fraction, text) -> {
            progress.set(fraction);
            message.set(text);
        }).onSuccess(result -> {
            running.set(false);
            progress.set(1);
            report.set(result);
            message.set(result.coders().size() < 2 ? "Fewer than two coders to compare: merge another coder's work in first."
                    : "Agreement of " + String.join(", ", result.coders()) + " over " + result.articles().size() + " articles.");
        }).onFailure(error -> {
            running.set(false);
            message.set(error instanceof IllegalArgumentException ? error.getMessage()
                    : "Agreement could not be measured: " + error.getMessage() + " (see Help \u25B8 Show Log)");
        }).onCancelled(() -> {
            running.set(false);
            message.set("Cancelled.");
        }));
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    /** Saves the report shown as CSV (one value a row), or as an HTML page for {@code .html}/{@code .htm}. */
    public void save(Path file) {
        AgreementReport shown = report.get();
        if (shown == null) {
            message.set("There is no report to save yet.");
            return;
        }
        boolean html = List.of(".html", ".htm").stream().anyMatch(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)::endsWith);
        tasks.run(() -> {
            // Written beside the target under another name and moved in whole, so a failed save leaves no half file.
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                if (html) {
                    AgreementHtml.write(shown, projectName, out);
                } else {
                    AgreementCsv.write(shown, out);
                }
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }, saved -> message.set("Saved " + saved.getFileName() + "."),
                error -> message.set("Could not save " + file.getFileName() + ": " + error.getMessage()));
    }

    public ReadOnlyObjectProperty<AgreementReport> report() {
        return report.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
