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

    /**
     * Runs {@code work} on this runner's thread after what is queued, and waits for its result: for
     * another thread's work that must be done by the one thread that owns something (a batch of
     * imported articles written by the thread that owns the project's connection).
     */
    public <T> T call(java.util.concurrent.Callable<T> work) {
        java.util.concurrent.Future<T> result = worker.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(false);
            throw new TaskCancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
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
