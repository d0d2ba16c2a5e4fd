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
import java.util.Optional;
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
        Optional<Optional<Path>> windowOnly = windowOnly(args);
        if (windowOnly.isPresent()) {
            // The window's start does not wait for the command line's classes (picocli builds every command).
            openWindow(windowOnly.get().orElse(null));
            System.exit(0);
        }
        // The descriptor itself, not System.out: a PrintStream swallows write errors such as a full disk.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out)), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // Opening the window blocks until it is closed, so this exits after the window too.
        System.exit(CommandLineRunner.run(Main::openWindow, out, err, args));
    }

    /**
     * The project to open when the arguments ask only for the window (nothing, {@code --project FILE},
     * or a project file alone as a desktop passes a double-clicked one), the same as the command line
     * would read them; empty when they ask for anything else, which the command line then handles.
     */
    static Optional<Optional<Path>> windowOnly(String... args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 1 && args[0].startsWith("--project=") && args[0].length() > "--project=".length()) {
            return Optional.of(Optional.of(Path.of(args[0].substring("--project=".length()))));
        }
        if (args.length == 2 && args[0].equals("--project") && !args[1].startsWith("-")) {
            return Optional.of(Optional.of(Path.of(args[1])));
        }
        if (args.length == 1 && args[0].endsWith(".newsmark") && !args[0].startsWith("-")) {
            return Optional.of(Optional.of(Path.of(args[0])));
        }
        return Optional.empty();
    }

    private static void openWindow(Path project) {
        List<String> arguments = new ArrayList<>();
        if (project != null) {
            arguments.add("--project=" + project);
        }
        // The project is opened while JavaFX starts.
        StartPreparation.begin(LaunchOptions.fromArguments(arguments));
        Application.launch(NewsmarkApp.class, arguments.toArray(String[]::new));
    }
}
