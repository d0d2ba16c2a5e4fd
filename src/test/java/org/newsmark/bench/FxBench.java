package org.newsmark.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.newsmark.ui.main.MainWindow;

/** What the benchmarks of the window share: work on the FX thread, and the gaps between its frames. */
final class FxBench {

    /** The benchmarks replace no project and never quit from the window. */
    static final MainWindow.SessionActions NO_SESSION_ACTIONS = new MainWindow.SessionActions() {
        @Override
        public void newProject() {
        }

        @Override
        public void openProject() {
        }

        @Override
        public void quit() {
        }

        @Override
        public void saveBackupCopy() {
        }

        @Override
        public void saveRepairedCopy() {
        }

        @Override
        public void restoreFromBackup() {
        }

        @Override
        public void showLog() {
        }

        @Override
        public void copyDiagnostics() {
        }

        @Override
        public void reopenProject() {
        }
    };

    private FxBench() {
    }

    /** The gaps between animation frames: a gap well over a frame is the FX thread stalled. */
    static final class FrameGaps {
        private final Stats gaps = new Stats();
        private AnimationTimer timer;

        void start() throws Exception {
            onFx(() -> {
                timer = new AnimationTimer() {
                    private long last = -1;

                    @Override
                    public void handle(long now) {
                        long wall = System.nanoTime();
                        if (last > 0) {
                            gaps.add(wall - last);
                        }
                        last = wall;
                    }
                };
                timer.start();
                return null;
            });
        }

        Stats stop() throws Exception {
            onFx(() -> {
                timer.stop();
                return null;
            });
            return gaps;
        }
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
