package org.newsmark.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks one at a time, in submission order, on a single thread of its own; callbacks go to
 * another executor (the JavaFX thread in the app). The thread that owns the project file is one:
 * a read submitted after a write always sees it.
 */
public final class SerialTasks implements BackgroundTasks, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SerialTasks.class.getName());

    private final ExecutorService worker;
    private final Executor callbacks;

    public SerialTasks(String threadName, Executor callbacks) {
        this.worker = Executors.newSingleThreadExecutor(Threads.factory(threadName));
        this.callbacks = callbacks;
    }

    /** A task submitted after {@link #close()} (a last tick of a closed window, say) is cancelled, not run. */
    @Override
    public <T> BackgroundTask<T> submit(BackgroundTask<T> task) {
        try {
            worker.execute(() -> TaskRun.execute(task, callbacks));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "Not run, its thread is stopped: " + task.title());
            task.cancel();
            callbacks.execute(task.cancelledAction());
        }
        return task;
    }

    /** Finishes the tasks already submitted (waiting up to the given time), then stops the thread. */
    public boolean finish(long timeout, TimeUnit unit) throws InterruptedException {
        worker.shutdown();
        return worker.awaitTermination(timeout, unit);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
