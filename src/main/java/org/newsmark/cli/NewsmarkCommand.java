package org.newsmark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsmark}: without a subcommand, opens the window; the subcommands work without one. */
@Command(name = "newsmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Annotate news: who speaks, what is claimed, which experts are quoted, what context frames the story.",
                "", "Without a command, opens the window on the last project (or the sample project)."},
        subcommands = {ImportCommand.class, ListCommand.class, SearchCommand.class, ExportCommand.class, ReportCommand.class,
                CodebookCommand.class, AgreementCommand.class, SuggestCommand.class, BackupCommand.class, RepairCommand.class},
        footer = {"", "Every change is saved to the project file as it is made. Exit codes: 0 done, 1 failed, 2 wrong usage."})
public final class NewsmarkCommand implements Callable<Integer> {

    @Option(names = "--project", paramLabel = "FILE", description = "Project file to open in the window (created if missing).")
    Path project;

    private final Consumer<Path> openWindow;

    /** @param openWindow opens the window on a project (or on the default when given null) */
    public NewsmarkCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(project);
        return 0;
    }
}
