package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsmark codebook show}: the codebook as indented text, to read in a terminal or to take
 * apart in a script (fields are separated by tabs, nesting is two spaces a level).
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a project's codebook as an indented tree. Reads the project without changing it.",
                "The first line is the codebook's name. Then each category, indented two spaces a level: its name, "
                        + "and \"key K\" and \"role R\" if it has them, separated by tabs. Its attributes follow, one level "
                        + "deeper, as \"@ name<TAB>type\" with the choices of a choice attribute after another tab, separated by |.",
                "The fields coded once per article come last, under \"Document fields\"."})
final class CodebookShowCommand implements Callable<Integer> {

    private static final String INDENT = "  ";

    @Mixin
    ProjectOption project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = project.openForReading(spec.commandLine().getErr())) {
            Codebook codebook = store.codebook();
            out.println(oneLine(CodebookCommand.codebookName(store)));
            for (Category category : codebook.topLevel()) {
                printTree(out, codebook, category, 1);
            }
            if (!codebook.documentFields().isEmpty()) {
                out.println("Document fields");
                printAttributes(out, codebook.documentFields(), 1);
            }
        }
        return 0;
    }

    private static void printTree(PrintWriter out, Codebook codebook, Category category, int depth) {
        StringBuilder line = new StringBuilder(INDENT.repeat(depth)).append(oneLine(category.name()));
        if (category.shortcut() != null) {
            line.append("\tkey ").append(category.shortcut());
        }
        if (category.role() != null) {
            line.append("\trole ").append(category.role().code());
        }
        out.println(line);
        printAttributes(out, category.attributes(), depth + 1);
        for (Category child : codebook.children(category.id())) {
            printTree(out, codebook, child, depth + 1);
        }
    }

    private static void printAttributes(PrintWriter out, List<AttributeDefinition> attributes, int depth) {
        for (AttributeDefinition attribute : attributes) {
            StringBuilder line = new StringBuilder(INDENT.repeat(depth)).append("@ ").append(oneLine(attribute.name()))
                    .append('\t').append(attribute.type().code());
            if (attribute.type() == AttributeType.CHOICE) {
                line.append('\t').append(String.join("|", attribute.choices().stream().map(CodebookShowCommand::oneLine).toList()));
            }
            out.println(line);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
