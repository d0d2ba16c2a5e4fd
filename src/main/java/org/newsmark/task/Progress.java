package org.newsmark.task;

/**
 * What long work sees of its task while it runs: where to say how far it has got, and whether it
 * has been asked to stop. Work checks {@link #isCancelled()} between two units (articles, files) and
 * stops there, so nothing is left half-done.
 */
public interface Progress {

    /** For work run where nobody watches and nobody cancels (scripts, tests). */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Says how far the work has got. Cheap to call often: only the latest update reaches the window.
     *
     * @param fraction from 0 to 1, or -1 when the amount of work is not known yet
     */
    void update(double fraction, String message);

    boolean isCancelled();

    /** Stops the work here, with a {@link TaskCancelledException}, if it has been cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new TaskCancelledException();
        }
    }

    /** Progress over {@code done} of {@code total} units. */
    default void update(long done, long total, String message) {
        update(total > 0 ? Math.min(1.0, (double) done / total) : -1, message);
    }
}
