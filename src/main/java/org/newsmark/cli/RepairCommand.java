package org.newsmark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark repair}: checks a project and saves a repaired copy of a damaged one. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Check a project's file and, if it is damaged, save a repaired copy: every table copied and every "
                + "index rebuilt, then checked whole. The damaged file itself is never changed."},
        footer = {"", "Exits 0 when the project is whole or the copy was saved, 1 when the damage cannot be repaired."})
final class RepairCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to save the repaired copy (must not exist).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ProjectStore store = SqliteProjectStore.open(project.file, OpenMode.READ_ONLY)) {
            if (!store.integrityChecked()) {
                store.checkIntegrity();
            }
            if (store.damage().isEmpty()) {
                spec.commandLine().getOut().println(project.file.getFileName() + " is whole; nothing to repair.");
                return 0;
            }
            spec.commandLine().getErr().println(project.file.getFileName() + " is damaged: " + store.damage().get());
            store.saveRepairedCopy(out);
            spec.commandLine().getOut().println("Saved a repaired copy to " + out + ".");
            return 0;
        }
    }
}
