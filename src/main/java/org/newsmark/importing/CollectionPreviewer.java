package org.newsmark.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.importing.collection.CollectionPreview;
import org.newsmark.importing.collection.CollectionReader;

/**
 * What the first records of a collection file hold, so the person can check which fields become an
 * article's title, text and so on before the whole file is imported.
 */
public final class CollectionPreviewer {

    /** Records looked at: enough to see which fields most records have, quick on any file. */
    public static final int RECORDS = 20;

    /**
     * @param file        the collection previewed
     * @param collections how many of the files asked about are collections (the mapping applies to all)
     */
    public record Preview(Path file, int collections, CollectionPreview preview) {
    }

    private final ImportPlanner planner;

    public CollectionPreviewer(ArticleReaders readers) {
        this.planner = new ImportPlanner(readers);
    }

    /**
     * The preview of the first collection among {@code files}; empty when none is a collection, or
     * when the first cannot be previewed (its import then reports why).
     */
    public Optional<Preview> firstCollection(List<Path> files, ImportOptions options) {
        List<Path> collections = files.stream().filter(Files::isRegularFile)
                .filter(file -> planner.readerFor(file).filter(CollectionReader.class::isInstance).isPresent())
                .toList();
        if (collections.isEmpty()) {
            return Optional.empty();
        }
        Path file = collections.get(0);
        CollectionReader reader = (CollectionReader) planner.readerFor(file).orElseThrow();
        try {
            ImportSource source = ImportSource.ofFile(file, options.encoding(), ArticleMetadata.NONE, options.mapping());
            return Optional.of(new Preview(file, collections.size(), reader.preview(source, RECORDS)));
        } catch (ImportException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
