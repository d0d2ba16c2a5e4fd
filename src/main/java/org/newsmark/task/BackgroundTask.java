package org.newsmark.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One piece of work to run away from the caller, with what to do after it: on success, on failure,
 * when cancelled, and as it progresses. The callbacks run on the executor's callback side (the
 * JavaFX thread in the app), so they may touch what the window shows. A failure is logged by the
 * executor before {@code onFailure} hears of it, so no error is ever lost.
 *
 * <p>Built fluently: {@code BackgroundTask.of("Export", progress -> export(progress)).onSuccess(...)}.
 */
public final class BackgroundTask<T> {

    /** The work itself, given the task's progress to report to and check for cancelling. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Hears how far the work has got, on the callback side. */
    @FunctionalInterface
    public interface ProgressListener {
        /** @param fraction from 0 to 1, or -1 when not known */
        void progressed(double fraction, String message);
    }

    private final String title;
    private final Work<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private ProgressListener onProgress = (fraction, message) -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    /** @param title what the work does, for the log and progress displays ("Export to study.jsonl") */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Exception> action) {
        this.onFailure = action;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = listener;
        return this;
    }

    /** Asks the work to stop at its next check; a task not started yet never starts. Safe from any thread. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<? super T> successAction() {
        return onSuccess;
    }

    Consumer<? super Exception> failureAction() {
        return onFailure;
    }

    Runnable cancelledAction() {
        return onCancelled;
    }

    ProgressListener progressListener() {
        return onProgress;
    }
}
