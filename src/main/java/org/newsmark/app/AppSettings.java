package org.newsmark.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The few things Newsmark remembers between runs (the last project, the window's place and size, its
 * dividers and tabs, the theme, the text size), in a
 * properties file in the settings folder. A missing or unreadable file means defaults, never an error.
 */
public final class AppSettings {

    private static final String LAST_PROJECT = "last.project";

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    public static AppSettings load(Path configFolder) {
        AppSettings settings = new AppSettings(configFolder.resolve("settings.properties"));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    public Optional<Path> lastProject() {
        return Optional.ofNullable(values.getProperty(LAST_PROJECT)).map(Path::of);
    }

    public void setLastProject(Path project) {
        values.setProperty(LAST_PROJECT, project.toAbsolutePath().toString());
    }

    public double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setNumber(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void setText(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes the settings (replacing the file whole, so a crash never leaves half a file). */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            values.store(writer, "Newsmark settings");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
