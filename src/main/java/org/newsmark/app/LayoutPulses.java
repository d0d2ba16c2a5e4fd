package org.newsmark.app;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/** Work for the end of a scene's layout pass: the moment a frame's content is laid out, before it is drawn. */
final class LayoutPulses {

    private LayoutPulses() {
    }

    /**
     * Runs {@code then} once, on the JavaFX thread, at the end of the first layout pass of {@code scene}
     * after which {@code condition} holds (checked after every pass until then).
     */
    static void whenLaidOut(Scene scene, BooleanSupplier condition, Runnable then) {
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
