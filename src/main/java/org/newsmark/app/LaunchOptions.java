package org.newsmark.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window is started with: a project named on the command line (or none, for the last or
 * default project) and the folders to use.
 */
public record LaunchOptions(Path project, AppDirectories directories) {

    /** Reads {@code --project FILE} (or {@code --project=FILE}) from the window's arguments. */
    public static LaunchOptions fromArguments(List<String> arguments) {
        Path project = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--project") && i + 1 < arguments.size()) {
                project = Path.of(arguments.get(++i));
            } else if (argument.startsWith("--project=")) {
                project = Path.of(argument.substring("--project=".length()));
            }
        }
        return new LaunchOptions(project, AppDirectories.fromEnvironment());
    }
}
