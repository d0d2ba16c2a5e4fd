package org.newsmark.exporting.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ExportFolders;
import org.newsmark.exporting.ExportedArticles;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.exporting.SidecarMetadata;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Exports a project as a brat collection: per article {@code name.txt} (its text, UTF-8, line ends
 * {@code \n}) and {@code name.ann} (its annotations, offsets in code points), a
 * {@code name.meta.json} with its headline, outlet, byline, date and address when it has any
 * besides its name, and the collection's {@code annotation.conf} and {@code visual.conf}. What
 * brat cannot hold (people, document codes, annotators) is listed in docs/formats.md.
 */
public final class BratExporter implements ProjectExporter {

    @Override
    public String format() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff: a folder of name.txt + name.ann (spans, discontinuous spans, attributions as "
                + "Source/Cue/Content events, attributes, notes) with annotation.conf and visual.conf; offsets count code points";
    }

    @Override
    public Layout layout() {
        return Layout.FOLDER;
    }

    @Override
    public String extension() {
        return "ann";
    }

    @Override
    public int export(ProjectStore store, ArticleSelection selection, Path target, Progress progress) throws IOException {
        ExportedArticles articles = ExportedArticles.of(store, selection);
        return ExportFolders.write(store.file(), target, format(), folder -> {
            BratAnnWriter writer = new BratAnnWriter(articles);
            BratConfWriter conf = new BratConfWriter(articles.codebook());
            org.newsmark.exporting.ExportFileNames names = new org.newsmark.exporting.ExportFileNames();
            int written = articles.forEach(progress, item -> {
                String name = names.nameFor(item.article());
                ExportText text = new ExportText(item.article().text());
                BratAnnWriter.Written ann = writer.write(item, text);
                conf.record(ann.usage());
                Files.writeString(folder.resolve(name + ".txt"), text.text(), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(name + ".ann"), ann.ann(), StandardCharsets.UTF_8);
                SidecarMetadata.writeBeside(folder, name, item.article());
            });
            Files.writeString(folder.resolve("annotation.conf"), conf.annotationConf(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("visual.conf"), conf.visualConf(), StandardCharsets.UTF_8);
            return written;
        });
    }
}
