package org.newsmark.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's place and size between runs. A place that is no longer on any screen (a monitor
 * unplugged since) is forgotten and the window is centred; a maximised window keeps the size it
 * had before, for when it is restored.
 */
final class WindowPlace {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private WindowPlace() {
    }

    static void restore(Stage stage, AppSettings settings) {
        double width = settings.number(WIDTH, 1280);
        double height = settings.number(HEIGHT, 820);
        stage.setWidth(width);
        stage.setHeight(height);
        double x = settings.number(X, Double.NaN);
        double y = settings.number(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onAScreen(x, y, width)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.number(MAXIMIZED, 0) == 1);
    }

    static void keep(Stage stage, AppSettings settings) {
        settings.setNumber(MAXIMIZED, stage.isMaximized() ? 1 : 0);
        if (stage.isMaximized() || stage.isIconified() || stage.getWidth() <= 0 || Double.isNaN(stage.getX())) {
            return;
        }
        settings.setNumber(X, stage.getX());
        settings.setNumber(Y, stage.getY());
        settings.setNumber(WIDTH, stage.getWidth());
        settings.setNumber(HEIGHT, stage.getHeight());
    }

    /** Whether the window's title bar would be on a screen, where it can be grabbed. */
    private static boolean onAScreen(double x, double y, double width) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(100, width), 40)).isEmpty();
    }
}
