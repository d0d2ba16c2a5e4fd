package org.newsmark.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work after the next frame has been laid out, so what that frame must show (a new highlight)
 * is not held up by what can follow a frame later (a list's layout).
 */
public final class AfterFrame {

    private AfterFrame() {
    }

    public static void run(Node node, Runnable work) {
        Scene scene = node.getScene();
        if (scene == null) {
            Platform.runLater(work);
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
