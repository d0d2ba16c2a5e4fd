package org.newsmark.task;

/** Thrown by work that stops because its task was cancelled; the task then reports "cancelled", not a failure. */
public final class TaskCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException() {
        super("Cancelled", null, false, false);
    }
}
