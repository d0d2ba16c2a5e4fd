package org.newsmark.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.newsmark.app.StartupProbe;

/**
 * What JavaFX alone needs to show an article: a window with a text area holding the text of the file
 * named on the command line, and nothing else. The start-up benchmark's yardstick; it marks the same
 * moments as Newsmark ({@link StartupProbe}).
 */
public final class BareFxWindow {

    private BareFxWindow() {
    }

    /** A plain main, as in Newsmark, so JavaFX runs from the class path. */
    public static void main(String[] args) {
        StartupProbe.mark("main");
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            TextArea text = new TextArea(Files.readString(Path.of(getParameters().getRaw().get(0)), StandardCharsets.UTF_8));
            text.setWrapText(true);
            Scene scene = new Scene(text, 1280, 800);
            StartupProbe.markWhenLaidOut(scene, "window", stage::isShowing);
            StartupProbe.markWhenLaidOut(scene, "text", () -> stage.isShowing() && text.getWidth() > 0);
            stage.setScene(scene);
            stage.setTitle("Bare JavaFX");
            stage.show();
        }
    }
}
