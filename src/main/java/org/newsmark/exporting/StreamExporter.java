package org.newsmark.exporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * A {@link ProjectExporter} whose export is one stream of text (JSON Lines), which can also go to
 * standard output.
 */
public interface StreamExporter extends ProjectExporter {

    /** Writes the chosen articles to {@code out}; returns how many were written. */
    int write(ProjectStore store, ArticleSelection articles, Writer out, Progress progress) throws IOException;

    @Override
    default Layout layout() {
        return Layout.FILE;
    }

    @Override
    default int export(ProjectStore store, ArticleSelection articles, Path target, Progress progress) throws IOException {
        ArticleSelection checked = articles.checkedAgainst(store);
        return ExportFiles.write(store.file(), target, extension(), out -> write(store, checked, out, progress));
    }
}
