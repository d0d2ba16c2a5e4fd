package org.newsmark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark backup}: a consistent copy of a project, even while a window has it open. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Save a consistent copy of a project as it is now, even while a window has it open and is saving.",
                "The copy is a project of its own; open it to restore from it."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to save the copy (must not exist).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ProjectStore store = project.openForReading(spec.commandLine().getErr())) {
            store.saveBackup(out);
            spec.commandLine().getOut().println("Saved a copy of " + project.file.getFileName() + " to " + out + ".");
            return 0;
        }
    }
}
