package org.newsmark.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.newsmark.cli.CommandLineRunner;
import org.newsmark.store.sqlite.NativeLibrary;

/**
 * The entry point of {@code newsmark.jar} and {@code mvn javafx:run}. A plain class rather than the
 * {@link Application} itself, so the runnable jar starts JavaFX from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        AppDirectories directories = AppDirectories.fromEnvironment();
        AppLogging.install(directories.logs());
        NativeLibrary.useCopyIn(directories.data().resolve("native"));
        // The descriptor itself, not System.out: a PrintStream swallows write errors such as a full disk.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out)), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // Opening the window blocks until it is closed, so this exits after the window too.
        System.exit(CommandLineRunner.run(Main::openWindow, out, err, args));
    }

    private static void openWindow(Path project) {
        List<String> arguments = new ArrayList<>();
        if (project != null) {
            arguments.add("--project=" + project);
        }
        Application.launch(NewsmarkApp.class, arguments.toArray(String[]::new));
    }
}
