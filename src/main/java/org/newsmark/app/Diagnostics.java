package org.newsmark.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** What a bug report needs, as text to paste into one: versions, the system, the project's state, the end of the log. */
final class Diagnostics {

    private static final int LOG_LINES = 200;

    private Diagnostics() {
    }

    static String of(ProjectStore store, AppDirectories directories) {
        String version = Optional.ofNullable(Diagnostics.class.getPackage().getImplementationVersion()).orElse("development build");
        StringBuilder text = new StringBuilder()
                .append("Newsmark ").append(version).append('\n')
                .append("Project format ").append(SqliteProjectStore.schemaVersion()).append('\n')
                .append("Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor"))
                .append("), JavaFX ").append(System.getProperty("javafx.runtime.version", "?")).append('\n')
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(' ')
                .append(System.getProperty("os.arch")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors, ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB for Java\n")
                .append("Project: ").append(store.file()).append(size(store.file())).append('\n')
                .append("State: ").append(store.readOnlyReason().map(reason -> "read-only, " + reason).orElse("writable"))
                .append(store.integrityChecked() ? (store.damage().isPresent() ? "" : "; integrity checked, whole") : "; integrity not checked yet")
                .append('\n')
                .append("Data folder: ").append(directories.data()).append('\n');
        Optional<Path> log = AppLogging.latestFile(directories.logs());
        text.append("Log: ").append(log.map(Path::toString).orElse("none")).append("\n\n");
        log.ifPresent(file -> text.append(tail(file)));
        return text.toString();
    }

    /** The last lines of the log, the newest part of it. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size())) + "\n";
        } catch (IOException e) {
            return "(the log could not be read: " + e.getMessage() + ")\n";
        }
    }

    private static String size(Path file) {
        try {
            return String.format(" (%,d bytes)", Files.size(file));
        } catch (IOException e) {
            return "";
        }
    }
}
