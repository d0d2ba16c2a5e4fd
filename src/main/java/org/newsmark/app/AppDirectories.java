package org.newsmark.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Newsmark keeps things on this computer, following the XDG base directories: projects in
 * {@code $XDG_DATA_HOME/newsmark} (else {@code ~/.local/share/newsmark}), settings in
 * {@code $XDG_CONFIG_HOME/newsmark} (else {@code ~/.config/newsmark}).
 */
public record AppDirectories(Path data, Path config) {

    public static final String DEFAULT_PROJECT_NAME = "samples.newsmark";

    public static AppDirectories fromEnvironment() {
        return from(System.getenv(), System.getProperty("user.home"));
    }

    static AppDirectories from(Map<String, String> environment, String home) {
        return new AppDirectories(
                base(environment.get("XDG_DATA_HOME"), Path.of(home, ".local", "share")).resolve("newsmark"),
                base(environment.get("XDG_CONFIG_HOME"), Path.of(home, ".config")).resolve("newsmark"));
    }

    /** XDG: a relative or empty value is to be ignored. */
    private static Path base(String value, Path fallback) {
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }

    /** Where the log files are. */
    public Path logs() {
        return data.resolve("logs");
    }

    /** Where the automatic daily copies of projects are kept. */
    public Path backups() {
        return data.resolve("backups");
    }

    /** The project opened when no other is named: created with the sample articles on first start. */
    public Path defaultProject() {
        return data.resolve(DEFAULT_PROJECT_NAME);
    }
}
