package org.newsmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark list}: the project's articles, one tab-separated line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the articles of a project, one per line: id, title, outlet and number of annotations, separated by tabs.",
                "Reads the project without changing it, even while a window has it open."})
final class ListCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = project.openForReading(spec.commandLine().getErr())) {
            for (ArticleSummary article : store.articles()) {
                out.println(article.id() + "\t" + oneLine(article.title()) + "\t" + oneLine(article.source()) + "\t"
                        + article.annotationCount());
            }
        }
        return 0;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
