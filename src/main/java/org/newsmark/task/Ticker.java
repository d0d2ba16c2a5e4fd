package org.newsmark.task;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a short job again and again at a fixed interval on a thread of its own, until closed. */
public final class Ticker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Ticker.class.getName());

    private final ScheduledExecutorService timer;

    private Ticker(String name) {
        this.timer = Executors.newSingleThreadScheduledExecutor(Threads.factory(name));
    }

    /** @param job should only hand work on (to the window's thread, say), never do it there */
    public static Ticker every(String name, long millis, Runnable job) {
        Ticker ticker = new Ticker(name);
        ticker.timer.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                // One failed tick must not stop the next ones, as an escaped exception would.
                LOG.log(System.Logger.Level.WARNING, "Failed: " + name, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return ticker;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
