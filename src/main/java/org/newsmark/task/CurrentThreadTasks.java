package org.newsmark.task;

/** Runs each task and its callbacks at once on the calling thread: for tests and the command line. */
public final class CurrentThreadTasks implements BackgroundTasks {

    @Override
    public <T> BackgroundTask<T> submit(BackgroundTask<T> task) {
        TaskRun.execute(task, Runnable::run);
        return task;
    }
}
