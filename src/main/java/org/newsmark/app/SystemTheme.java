package org.newsmark.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the system asks for dark windows, read once at start the way each system tells it: on
 * Linux the GTK theme named in {@code GTK_THEME}, else GNOME's colour scheme or GTK theme from
 * {@code gsettings}; on macOS the interface style; on Windows whether apps use the light theme. A
 * system that cannot tell (no such command, a time-out) counts as light.
 */
final class SystemTheme {

    private static final System.Logger LOG = System.getLogger(SystemTheme.class.getName());
    private static final long TIME_LIMIT_MS = 1500;

    private SystemTheme() {
    }

    static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), SystemTheme::run);
    }

    /** @param run runs a command and gives what it printed, or nothing if it could not be run */
    static boolean prefersDark(String os, Map<String, String> environment, Function<List<String>, Optional<String>> run) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("mac")) {
            return run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(answer -> answer.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        if (name.contains("windows")) {
            return run.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(answer -> answer.contains("0x0")).orElse(false);
        }
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        }
        Optional<String> scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return false;
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(theme -> theme.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream output = process.getInputStream()) {
                if (!process.waitFor(TIME_LIMIT_MS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    LOG.log(System.Logger.Level.DEBUG, () -> String.join(" ", command) + " took too long; taken as a light theme");
                    return Optional.empty();
                }
                String answer = new String(output.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(answer) : Optional.empty();
            }
        } catch (IOException e) {
            // Not this kind of desktop (no gsettings, say): light.
            LOG.log(System.Logger.Level.DEBUG, () -> "Could not ask " + command.get(0) + " for the theme: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
