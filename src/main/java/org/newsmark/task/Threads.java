package org.newsmark.task;

import java.lang.System.Logger.Level;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where every thread of Newsmark is made (an architecture rule keeps it so): named, so a thread dump
 * or the log says what each does; daemon, so none keeps a closed window's process alive; and with an
 * uncaught-exception handler that logs, so no error dies silently with its thread.
 */
public final class Threads {

    private static final System.Logger LOG = System.getLogger(Threads.class.getName());
    private static final Thread.UncaughtExceptionHandler LOG_UNCAUGHT = (thread, error) ->
            LOG.log(Level.ERROR, "Uncaught in thread " + thread.getName(), error);

    private Threads() {
    }

    /** Makes daemon threads called {@code name} (then {@code name-2}, {@code name-3}… if the pool grows). */
    public static ThreadFactory factory(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            int number = count.incrementAndGet();
            return newThread(number == 1 ? name : name + "-" + number, runnable);
        };
    }

    /** Starts one daemon thread for one job. */
    public static Thread start(String name, Runnable job) {
        Thread thread = newThread(name, job);
        thread.start();
        return thread;
    }

    /** Runs {@code job} when the JVM is shut down (logout, kill), once. */
    public static void onShutdown(String name, Runnable job) {
        Runtime.getRuntime().addShutdownHook(newThread(name, job));
    }

    /** Logs errors no one else catches on any thread, the JavaFX thread included. */
    public static void logUncaughtErrors() {
        Thread.setDefaultUncaughtExceptionHandler(LOG_UNCAUGHT);
    }

    private static Thread newThread(String name, Runnable job) {
        Thread thread = new Thread(job, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler(LOG_UNCAUGHT);
        return thread;
    }
}
