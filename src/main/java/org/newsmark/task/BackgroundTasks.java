package org.newsmark.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way Newsmark runs work away from the caller: {@link SerialTasks} in the app (the outcome
 * delivered on the JavaFX thread), {@link CurrentThreadTasks} in tests and on the command line.
 */
public interface BackgroundTasks {

    /** Runs the task (or queues it behind earlier ones); returns it, so the caller can cancel it. */
    <T> BackgroundTask<T> submit(BackgroundTask<T> task);

    /** A short task without progress or cancel: read something, then show it. */
    default <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        submit(BackgroundTask.<T>of(work.getClass().getSimpleName(), progress -> work.call())
                .onSuccess(onSuccess).onFailure(onFailure));
    }

    /** Runs work whose result nobody waits for; a failure goes to {@code onFailure} (and the log). */
    default void run(Runnable work, Consumer<? super Exception> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }
}
