package org.newsmark.cli;

import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;

/**
 * {@code newsmark codebook}: a project's codebook, shown or exported, so a team can give every coder
 * the same codebook and document it. Only reads; bringing a codebook into a project belongs to the
 * window, where it can be undone.
 */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = {"Show a project's codebook or export it. Reads the project without changing it."},
        subcommands = {CodebookExportCommand.class, CodebookShowCommand.class})
final class CodebookCommand {

    /** The name a project gives its codebook, or the project's file name when it has none. */
    static String codebookName(ProjectStore store) {
        return store.setting("codebook.name").filter(name -> !name.isBlank())
                .orElseGet(() -> store.file().getFileName().toString().replaceFirst("\\.newsmark$", ""));
    }
}
