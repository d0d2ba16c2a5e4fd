package org.newsmark.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Background work as the window uses it: outcomes delivered, failures logged, cancelling honoured. */
class BackgroundTaskTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger taskLog = Logger.getLogger(TaskRun.class.getName());

    @BeforeEach
    void listen() {
        taskLog.setLevel(java.util.logging.Level.ALL);
        taskLog.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        taskLog.removeHandler(recorder);
        taskLog.setLevel(null);
    }

    @Test
    void aFailureReachesTheLogAndTheCaller() {
        AtomicReference<Exception> heard = new AtomicReference<>();
        IllegalStateException failure = new IllegalStateException("the disk went away");

        new CurrentThreadTasks().submit(BackgroundTask.of("Export to study.jsonl", progress -> {
            throw failure;
        }).onFailure(heard::set));

        assertThat(heard.get()).isSameAs(failure);
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).isEqualTo("Failed: Export to study.jsonl");
            assertThat(record.getThrown()).isSameAs(failure);
        });
    }

    @Test
    void cancelledWorkStopsAtItsNextCheckAndIsNoFailure() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<String> outcome = new ArrayList<>();
        try (SerialTasks tasks = new SerialTasks("test-worker", Runnable::run)) {
            BackgroundTask<Integer> task = tasks.submit(BackgroundTask.<Integer>of("Count", progress -> {
                started.countDown();
                int done = 0;
                while (true) {
                    progress.checkCancelled();
                    progress.update(++done, 0, "counted " + done);
                    Thread.sleep(1);
                }
            }).onSuccess(result -> outcome.add("success")).onFailure(error -> outcome.add("failure"))
                    .onCancelled(() -> {
                        outcome.add("cancelled");
                        cancelled.countDown();
                    }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            task.cancel();
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(outcome).containsExactly("cancelled");
        assertThat(logged).isEmpty();
    }

    @Test
    void aTaskCancelledBeforeItsTurnNeverRuns() {
        QueueOfOne later = new QueueOfOne();
        List<String> outcome = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.of("Import", progress -> {
            outcome.add("ran");
            return "done";
        }).onCancelled(() -> outcome.add("cancelled"));
        later.submit(task);

        task.cancel();
        later.runIt();

        assertThat(outcome).containsExactly("cancelled");
    }

    @Test
    void progressReachesTheWindowAsTheLatestUpdateOnly() {
        List<Runnable> pending = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        BackgroundTask<Void> task = BackgroundTask.<Void>of("Export", progress -> {
            for (int i = 1; i <= 100; i++) {
                progress.update(i, 100, "article " + i);
            }
            return null;
        }).onProgress((fraction, message) -> shown.add(message + " " + fraction));

        TaskRun.execute(task, pending::add);
        pending.forEach(Runnable::run);

        assertThat(shown).containsExactly("article 100 1.0");
    }

    /** Holds one task until the test lets it run. */
    private static final class QueueOfOne implements BackgroundTasks {
        private BackgroundTask<?> held;

        @Override
        public <T> BackgroundTask<T> submit(BackgroundTask<T> task) {
            held = task;
            return task;
        }

        void runIt() {
            TaskRun.execute(held, Runnable::run);
        }
    }
}
