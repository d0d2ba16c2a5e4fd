package org.newsmark.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.task.CurrentThreadTasks;

/**
 * Background work that waits, in order, until the test runs it: the one thread that owns the project
 * file, slowed down so that a test can decide what happens while work is still queued.
 */
public final class QueuedTasks implements BackgroundTasks {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> BackgroundTask<T> submit(BackgroundTask<T> task) {
        queue.add(() -> new CurrentThreadTasks().submit(task));
        return task;
    }

    /** Runs everything queued, including work queued by what runs. */
    public void drain() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    /** Runs only the work queued so far. */
    public void runQueued() {
        int count = queue.size();
        for (int i = 0; i < count; i++) {
            queue.poll().run();
        }
    }
}
