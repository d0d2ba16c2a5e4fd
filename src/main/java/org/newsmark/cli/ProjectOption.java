package org.newsmark.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project} every subcommand takes. */
final class ProjectOption {

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "FILE", description = "The project file (.newsmark).")
    Path file;
}
