package org.newsmark.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs work one task at a time, in submission order, on a single thread; callbacks go to another
 * executor (the JavaFX thread in the app). One thread owns the project file, so a read submitted
 * after a write always sees it.
 */
public final class SerialTasks implements BackgroundTasks, AutoCloseable {

    private final ExecutorService worker;
    private final Executor callbacks;

    public SerialTasks(String threadName, Executor callbacks) {
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        this.callbacks = callbacks;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                callbacks.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                callbacks.execute(() -> onFailure.accept(e));
            }
        });
    }

    /** Finishes the work already submitted (waiting up to the given time), then stops the thread. */
    public boolean finish(long timeout, TimeUnit unit) throws InterruptedException {
        worker.shutdown();
        return worker.awaitTermination(timeout, unit);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
