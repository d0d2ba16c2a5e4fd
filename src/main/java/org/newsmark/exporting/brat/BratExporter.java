package org.newsmark.exporting.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ExportFolders;
import org.newsmark.exporting.ExportedArticles;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.exporting.SidecarMetadata;
import org.newsmark.formats.BratNames;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Exports a project as a brat collection: per article {@code name.txt} (its text, UTF-8, line ends
 * {@code \n}) and {@code name.ann} (its annotations, offsets in code points), a
 * {@code name.meta.json} with its headline, outlet, byline, date and address when it has any
 * besides its name, and the collection's {@code annotation.conf} and {@code visual.conf}. When an
 * exported article has several coders' work, brat's one {@code .ann} per text cannot keep them apart:
 * the folder is then laid out as PolNeAR is, {@code text/name.txt} and {@code attributions/name_coder.ann}
 * for each coder of each article (names as {@link BratNames#coderFileName} writes them). What brat
 * cannot hold (people, document codes) is listed in docs/formats.md.
 */
public final class BratExporter implements ProjectExporter {

    @Override
    public String format() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff: a folder of name.txt + name.ann (spans, discontinuous spans, attributions as "
                + "Source/Cue/Content events, attributes, notes) with annotation.conf and visual.conf, or text/ and "
                + "attributions/name_coder.ann when articles have several coders' work; offsets count code points";
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
        SortedMap<Long, SortedSet<String>> coders = store.articleCoders();
        Set<Long> chosen = selection.isAll() ? null : new HashSet<>(selection.resolve(store));
        boolean byCoder = coders.entrySet().stream()
                .anyMatch(entry -> entry.getValue().size() > 1 && (chosen == null || chosen.contains(entry.getKey())));
        String projectCoder = store.coder();
        return ExportFolders.write(store.file(), target, format(), folder -> {
            BratAnnWriter writer = new BratAnnWriter(articles);
            BratConfWriter conf = new BratConfWriter(articles.codebook());
            org.newsmark.exporting.ExportFileNames names = new org.newsmark.exporting.ExportFileNames();
            Path texts = byCoder ? Files.createDirectory(folder.resolve(BratNames.TEXT_FOLDER)) : folder;
            Path coderFiles = byCoder ? Files.createDirectory(folder.resolve(BratNames.CODER_FOLDER)) : folder;
            int written = articles.forEach(progress, item -> {
                String name = names.nameFor(item.article());
                ExportText text = new ExportText(item.article().text());
                Files.writeString(texts.resolve(name + ".txt"), text.text(), StandardCharsets.UTF_8);
                SidecarMetadata.writeBeside(texts, name, item.article());
                if (!byCoder) {
                    BratAnnWriter.Written ann = writer.write(item, text);
                    conf.record(ann.usage());
                    Files.writeString(folder.resolve(name + ".ann"), ann.ann(), StandardCharsets.UTF_8);
                    return;
                }
                SortedSet<String> articleCoders = new TreeSet<>(coders.getOrDefault(item.article().id(), new TreeSet<>()));
                item.annotations().forEach(annotation -> articleCoders.add(coderOf(annotation, projectCoder)));
                for (String coder : articleCoders) {
                    BratAnnWriter.Written ann = writer.write(ofCoder(item, coder, projectCoder), text);
                    conf.record(ann.usage());
                    Files.writeString(coderFiles.resolve(BratNames.coderFileName(name, coder)), ann.ann(), StandardCharsets.UTF_8);
                }
            });
            Files.writeString(folder.resolve("annotation.conf"), conf.annotationConf(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("visual.conf"), conf.visualConf(), StandardCharsets.UTF_8);
            return written;
        });
    }

    /** Who made an annotation: an annotation of an old project that names nobody is the project's coder's. */
    private static String coderOf(Annotation annotation, String projectCoder) {
        return annotation.annotator() == null || annotation.annotator().isBlank() ? projectCoder : annotation.annotator();
    }

    /** One coder's annotations of an article, and the links between them. */
    private static ExportedArticles.Item ofCoder(ExportedArticles.Item item, String coder, String projectCoder) {
        List<Annotation> annotations = item.annotations().stream()
                .filter(annotation -> coderOf(annotation, projectCoder).equals(coder)).toList();
        Set<UUID> ids = new HashSet<>();
        annotations.forEach(annotation -> ids.add(annotation.id()));
        List<Link> links = item.links().stream().filter(link -> ids.contains(link.from()) && ids.contains(link.to())).toList();
        return new ExportedArticles.Item(item.article(), annotations, links, item.coding());
    }
}
