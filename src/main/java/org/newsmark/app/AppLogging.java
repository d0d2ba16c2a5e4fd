package org.newsmark.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.newsmark.task.Threads;

/**
 * Newsmark's log: the code logs through {@code System.Logger}, which the JDK hands to
 * java.util.logging; this sends it to rolling files in the data folder ({@code logs/newsmark-*.log},
 * five of 1 MB each), and nowhere else, so nothing is printed into a script's output. SQLite's driver
 * logs through java.util.logging too (it has no SLF4J binding here), so its words land in the same
 * file. See docs/decisions/0011-logging.md.
 */
public final class AppLogging {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final int FILE_LIMIT_BYTES = 1024 * 1024;
    private static final int FILES = 5;

    private AppLogging() {
    }

    /** Starts logging to {@code folder}; if the folder cannot be written, logging is off rather than in the way. */
    public static void install(Path folder) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder);
            // %u: a second Newsmark running at the same time (a window and a command) writes its own file.
            FileHandler file = new FileHandler(folder.resolve("newsmark-%u-%g.log").toString(), FILE_LIMIT_BYTES, FILES, true);
            file.setFormatter(new OneLine());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            System.err.println("newsmark: no log is kept (" + folder + ": " + e.getMessage() + ")");
        }
        Threads.logUncaughtErrors();
    }

    /** The log file written last, for Help ▸ Show Log and bug reports. */
    public static Optional<Path> latestFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("newsmark-\\d+-\\d+\\.log"))
                    .max(Comparator.comparingLong(AppLogging::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code 2026-12-06 10:15:30.123 WARNING [org.newsmark.task.TaskRun] message}, then the stack trace if any. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(record.getInstant())).append(' ')
                    .append(record.getLevel().getName()).append(" [")
                    .append(record.getLoggerName()).append("] ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
