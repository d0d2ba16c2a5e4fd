package org.newsmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsmark.store.StoreException;
import picocli.CommandLine;

/**
 * Runs the command line: errors a person can act on are one line on standard error and exit code 1;
 * wrong usage prints the usage and exits 2. Never a stack trace for a known problem.
 */
public final class CommandLineRunner {

    private CommandLineRunner() {
    }

    /**
     * Runs a command line and returns its exit code. Output that could not be written (a full disk, a
     * closed pipe) is an error too: a script must not take a half-written export for a whole one.
     */
    public static int run(Consumer<Path> openWindow, PrintWriter out, PrintWriter err, String... args) {
        int exitCode = create(openWindow, out, err).execute(args);
        out.flush();
        if (out.checkError()) {
            err.println("newsmark: could not write the output (the disk is full, or the output was closed early).");
            err.flush();
            return 1;
        }
        err.flush();
        return exitCode;
    }

    public static CommandLine create(Consumer<Path> openWindow, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NewsmarkCommand(openWindow));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Listing the formats loads every exporter: only when the help is asked for, not for every command.
        CommandLine export = commandLine.getSubcommands().get("export");
        export.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            help.commandSpec().usageMessage().footer(ExportCommand.formatList());
            return help.footer();
        });
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof StoreException || exception instanceof java.io.IOException) {
                command.getErr().println("newsmark: " + exception.getMessage());
                return 1;
            }
            throw exception;
        });
        return commandLine;
    }
}
