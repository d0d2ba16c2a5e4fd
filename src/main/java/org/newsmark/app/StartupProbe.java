package org.newsmark.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.newsmark.ui.common.AfterFrame;

/**
 * Marks the moments of a start in a file, for the start-up benchmark: run with
 * {@code -Dnewsmark.startupProbe=FILE} and each moment appends a line {@code NAME MILLIS CPU} (the wall
 * clock, so another process can compare it with when it launched this one, and the processor time the
 * process has used so far, in milliseconds: on a busy machine the steadier figure). The moments are
 * {@code main} (the program runs), {@code window} (the first frame of the window is laid out) and
 * {@code text} (the first frame in which the article's text is laid out in the window); Newsmark also
 * marks the steps between, to show where the time goes: {@code settings} and {@code project} (read
 * and open, while JavaFX starts), {@code init} (JavaFX is up), {@code fonts}, {@code start},
 * {@code session} and {@code built} (before and after the window's first content, the article, is
 * made), {@code shown} (the stage was asked to show), and after the article's first frame
 * {@code rest} and {@code whole} (before and after the rest of the window is built). Without the
 * property nothing is written or watched. With {@code -Dnewsmark.startupProbe.quitAfter=MILLIS} as
 * well, the program quits that long after the {@code text} moment, as if the window were closed: a
 * start to measure or to train a class-data archive with, ending by itself.
 */
public final class StartupProbe {

    public static final String PROPERTY = "newsmark.startupProbe";
    public static final String QUIT_AFTER_PROPERTY = "newsmark.startupProbe.quitAfter";

    private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());

    private StartupProbe() {
    }

    /** Whether this run is being measured. */
    public static boolean isOn() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Notes that a moment has come, now. */
    public static void mark(String moment) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        try {
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            Files.writeString(Path.of(file), moment + " " + System.currentTimeMillis() + " " + cpu + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the start-up probe " + file, e);
        }
    }

    /**
     * Notes {@code moment} at the end of the first layout pass of {@code scene} after which
     * {@code shown} holds (checked after every pulse until then, on the JavaFX thread).
     */
    public static void markWhenLaidOut(Scene scene, String moment, BooleanSupplier shown) {
        if (!isOn()) {
            return;
        }
        AfterFrame.whenLaidOut(scene, shown, () -> {
            mark(moment);
            if ("text".equals(moment)) {
                quitLater();
            }
        });
    }

    /** On the JavaFX thread, after the moment was marked: an animation timer, so no thread of its own. */
    private static void quitLater() {
        Long millis = Long.getLong(QUIT_AFTER_PROPERTY);
        if (millis == null) {
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.millis(Math.max(1, millis)));
        wait.setOnFinished(event -> Platform.exit());
        wait.play();
    }
}
