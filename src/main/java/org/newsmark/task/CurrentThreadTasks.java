package org.newsmark.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callbacks immediately on the calling thread: for tests and command-line use. */
public final class CurrentThreadTasks implements BackgroundTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
