package org.newsmark.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the caller and reports back on the caller's side (the JavaFX thread in the
 * app). Tests use {@link CurrentThreadTasks}, which runs everything at once on the calling thread.
 */
public interface BackgroundTasks {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs work whose result nobody waits for; a failure goes to {@code onFailure}. */
    default void run(Runnable work, Consumer<? super Exception> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }
}
