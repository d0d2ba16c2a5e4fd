package org.newsmark.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * How long committing one annotation to the project file takes (WAL, synchronous=FULL): the
 * durable save behind every tag, undo and note edit. Target: under 5 ms.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=StoreCommitBenchmark}
 */
public final class StoreCommitBenchmark {

    private StoreCommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("newsmark-bench");
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("bench.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Path.of("samples/bbc-musk-trump-x.txt")));
            Article bbc = store.article(store.articles().get(0).id()).orElseThrow();
            List<Long> categories = store.categories().stream().map(Category::id).toList();
            List<AnnotationChange> changes = SyntheticTranscript.annotations(bbc, 1200, categories, 7);
            for (int i = 0; i < 200; i++) {
                store.apply(List.of(changes.get(i)));
            }
            Stats create = new Stats();
            Stats delete = new Stats();
            for (int i = 200; i < 1200; i++) {
                long start = System.nanoTime();
                store.apply(List.of(changes.get(i)));
                create.add(System.nanoTime() - start);
            }
            for (int i = 200; i < 1200; i++) {
                long start = System.nanoTime();
                store.apply(List.of(changes.get(i).inverse()));
                delete.add(System.nanoTime() - start);
            }
            System.out.println("commit one new annotation: " + create.summary());
            System.out.println("commit one deletion:       " + delete.summary());
        }
    }
}
