package org.newsmark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark}: without a subcommand, opens the window; the subcommands work without one. */
@Command(name = "newsmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Annotate news: who speaks, what is claimed, which experts are quoted, what context frames the story.",
                "", "Without a command, opens the window on the last project (or the sample project)."},
        subcommands = {ImportCommand.class, ListCommand.class, SearchCommand.class, ExportCommand.class, ReportCommand.class,
                CodebookCommand.class, AgreementCommand.class, SuggestCommand.class, BackupCommand.class, RepairCommand.class},
        footer = {"", "Every change is saved to the project file as it is made. Exit codes: 0 done, 1 failed, 2 wrong usage."})
public final class NewsmarkCommand implements Callable<Integer> {

    static final String PROJECT_EXTENSION = ".newsmark";

    @Option(names = "--project", paramLabel = "FILE", description = "Project file to open in the window (created if missing).")
    Path project;

    /** How a file manager opens a double-clicked project: its path as the only argument. */
    @Parameters(arity = "0..1", paramLabel = "PROJECT.newsmark",
            description = "Project file to open in the window, as a desktop opens a double-clicked project.")
    String projectArgument;

    @Spec
    CommandSpec spec;

    private final Consumer<Path> openWindow;

    /** @param openWindow opens the window on a project (or on the default when given null) */
    public NewsmarkCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        Path chosen = project;
        if (projectArgument != null) {
            // Only a project file: a mistyped command ("newsmark lst") must not create a project named after it.
            if (!projectArgument.endsWith(PROJECT_EXTENSION) || project != null) {
                throw new ParameterException(spec.commandLine(), "Unknown command or not a project file: '" + projectArgument
                        + "' (commands: " + String.join(", ", spec.subcommands().keySet()) + "; a project file ends in "
                        + PROJECT_EXTENSION + ")");
            }
            chosen = Path.of(projectArgument);
        }
        openWindow.accept(chosen);
        return 0;
    }
}
