package org.newsmark.ui.common;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work for the end of a scene's layout pass: the moment a frame's content is laid out, before it is
 * drawn. {@link #run} defers what can follow a frame later (a list's layout), so what that frame must
 * show (a new highlight) is not held up by it.
 */
public final class AfterFrame {

    private AfterFrame() {
    }

    /** Runs {@code work} soon after the next frame of {@code node}'s scene has been laid out. */
    public static void run(Node node, Runnable work) {
        Scene scene = node.getScene();
        if (scene == null) {
            Platform.runLater(work);
            return;
        }
        whenLaidOut(scene, () -> true, () -> Platform.runLater(work));
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code then} once, on the JavaFX thread, at the end of the first layout pass of {@code scene}
     * after which {@code condition} holds (checked after every pass until then).
     */
    public static void whenLaidOut(Scene scene, BooleanSupplier condition, Runnable then) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (condition.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }
}
