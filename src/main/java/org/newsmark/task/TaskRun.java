package org.newsmark.task;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task on the current thread and hands its outcome to the callback executor: the part every
 * {@link BackgroundTasks} implementation shares. Progress updates are coalesced: while one is waiting
 * to be shown, newer ones replace it, so a tight loop never floods the window.
 */
final class TaskRun<T> implements Progress {

    private static final System.Logger LOG = System.getLogger(TaskRun.class.getName());

    private record Update(double fraction, String message) {
    }

    private final BackgroundTask<T> task;
    private final Executor callbacks;
    private final AtomicReference<Update> latest = new AtomicReference<>();
    private final AtomicBoolean updateQueued = new AtomicBoolean();

    private TaskRun(BackgroundTask<T> task, Executor callbacks) {
        this.task = task;
        this.callbacks = callbacks;
    }

    static <T> void execute(BackgroundTask<T> task, Executor callbacks) {
        new TaskRun<>(task, callbacks).execute();
    }

    private void execute() {
        if (task.isCancelled()) {
            callbacks.execute(task.cancelledAction());
            return;
        }
        T result;
        try {
            result = task.work().run(this);
        } catch (TaskCancelledException e) {
            callbacks.execute(task.cancelledAction());
            return;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Failed: " + task.title(), e);
            callbacks.execute(() -> task.failureAction().accept(e));
            return;
        } catch (Error e) {
            LOG.log(Level.ERROR, "Failed: " + task.title(), e);
            throw e;
        }
        callbacks.execute(() -> task.successAction().accept(result));
    }

    @Override
    public void update(double fraction, String message) {
        latest.set(new Update(fraction, message));
        if (updateQueued.compareAndSet(false, true)) {
            callbacks.execute(() -> {
                updateQueued.set(false);
                Update update = latest.get();
                task.progressListener().progressed(update.fraction(), update.message());
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return task.isCancelled();
    }
}
