package org.newsmark.exporting.webanno;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ExportFileNames;
import org.newsmark.exporting.ExportFolders;
import org.newsmark.exporting.ExportedArticles;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.exporting.SidecarMetadata;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Exports a project as WebAnno TSV 3.3, one {@code name.tsv} per article (with {@code name.meta.json}
 * for its headline and details), for INCEpTION and WebAnno. Their project needs the span layer
 * {@code Newsmark} and the relation layer {@code NewsmarkLink} with the features the files' headers
 * name; docs/formats.md says how to make them.
 */
public final class WebAnnoTsvExporter implements ProjectExporter {

    @Override
    public String format() {
        return "webanno-tsv";
    }

    @Override
    public String description() {
        return "WebAnno TSV 3.3 for INCEpTION: a folder of name.tsv (spans with category, note, person and attributes "
                + "on the layer Newsmark, links on NewsmarkLink); offsets count UTF-16 code units";
    }

    @Override
    public Layout layout() {
        return Layout.FOLDER;
    }

    @Override
    public String extension() {
        return "tsv";
    }

    @Override
    public int export(ProjectStore store, ArticleSelection selection, Path target, Progress progress) throws IOException {
        ExportedArticles articles = ExportedArticles.of(store, selection);
        return ExportFolders.write(store.file(), target, format(), folder -> {
            TsvArticleWriter writer = new TsvArticleWriter(articles);
            ExportFileNames names = new ExportFileNames();
            return articles.forEach(progress, item -> {
                String name = names.nameFor(item.article());
                Files.writeString(folder.resolve(name + ".tsv"), writer.write(item), StandardCharsets.UTF_8);
                SidecarMetadata.writeBeside(folder, name, item.article());
            });
        });
    }
}
