package org.newsmark.app;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.newsmark.ui.common.AfterFrame;

/**
 * Completes a window shown article first ({@code MainWindow.articleFirst}) once the article is on
 * the screen. Laid out is not yet on the screen: the frame is drawn on the render thread after, and
 * building the rest of the window on the JavaFX thread at once kept that frame from ever being shown
 * (the article came with the rest, about a second later, measured with the screen watched). So the
 * rest waits until the frame with the article's text has been laid out and the window has had a few
 * frames and {@value #DRAWING_MILLIS} ms to draw it (some 60-80 ms measured), or until it is clear
 * there is no article; and comes within a second of the first frame whatever happens.
 */
final class WindowCompletion {

    /** Frames after the article's frame before the rest is built. */
    private static final int FRAMES = 3;
    /** At least this long after the article's frame, for drawing it. */
    private static final long DRAWING_MILLIS = 100;
    /** Whatever happens, the rest comes this long after the window's first frame. */
    private static final Duration AT_THE_LATEST = Duration.seconds(1);

    private WindowCompletion() {
    }

    /**
     * Runs {@code complete} (once, on the JavaFX thread) when the article is on the screen in
     * {@code scene}, or there is none to show.
     *
     * @param showing       whether the window is on the screen at all
     * @param articleShown  whether the article's text is laid out in the window, or there is none to show
     */
    static void whenArticleDrawn(Scene scene, BooleanSupplier showing, BooleanSupplier articleShown, Runnable complete) {
        boolean[] done = new boolean[1];
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                complete.run();
            }
        };
        PauseTransition latest = new PauseTransition(AT_THE_LATEST);
        latest.setOnFinished(event -> once.run());
        AfterFrame.whenLaidOut(scene, showing, latest::play);
        AfterFrame.whenLaidOut(scene, () -> showing.getAsBoolean() && articleShown.getAsBoolean(), () -> afterDrawing(once));
    }

    private static void afterDrawing(Runnable then) {
        long laidOut = System.nanoTime();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= FRAMES && System.nanoTime() - laidOut >= DRAWING_MILLIS * 1_000_000) {
                    stop();
                    // After this pulse, not in it.
                    Platform.runLater(then);
                }
            }
        }.start();
    }
}
