package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ConcordanceQuery;
import org.newsmark.model.CorpusRow;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * Searching a project of generated ~4 KB articles ({@link SyntheticCorpus}): the first page of 50
 * ranked hits for a universal word ("the", in every article), a near-universal one ("government",
 * in about nine articles of ten), two common words, a phrase, a prefix, a title search and a rare word,
 * each timed 40 times after a warm-up. Target: under 50 ms at the 95th percentile. Also the corpus
 * table's rows (all articles with their counts: time and heap they hold) and a concordance of 2,000
 * annotations.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=CorpusSearchBenchmark -Dbench.args="100000"}
 */
public final class CorpusSearchBenchmark {

    private static final int RUNS = 40;

    private CorpusSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String joined = String.join(" ", args).strip();
        int size = joined.isEmpty() ? 100_000 : Integer.parseInt(joined);
        Path folder = Files.createTempDirectory("newsmark-search-bench");
        Path project = folder.resolve("corpus.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            long start = System.nanoTime();
            SyntheticCorpus.fill(store, size);
            System.out.printf(Locale.ROOT, "%n%,d articles stored in %.1f s; file %.0f MB%n", size,
                    (System.nanoTime() - start) / 1e9, Files.size(project) / 1e6);
            String rare = new SyntheticCorpus(42).rareWord();
            for (String query : List.of("the", "government", "election minister", "\"said the\"", "gov*",
                    "title:police", rare)) {
                time(store, query);
            }
            corpusRows(store);
            concordance(store);
        } finally {
            Files.deleteIfExists(project);
            Files.deleteIfExists(folder.resolve("corpus.newsmark-wal"));
            Files.deleteIfExists(folder.resolve("corpus.newsmark-shm"));
            Files.deleteIfExists(folder.resolve("corpus.newsmark.lock"));
            Files.deleteIfExists(folder);
        }
    }

    private static void time(ProjectStore store, String text) {
        SearchQuery query = SearchQuery.parse(text);
        SearchResults results = null;
        for (int i = 0; i < 5; i++) {
            results = store.search(query, 0, 50);
        }
        Stats stats = new Stats();
        for (int i = 0; i < RUNS; i++) {
            long before = System.nanoTime();
            store.search(query, 0, 50);
            stats.add(System.nanoTime() - before);
        }
        System.out.printf(Locale.ROOT, "%-20s %-40s first 50: %s%n", text, results.summary(results.articles().size()),
                stats.summary());
    }

    /** The rows of the corpus table, and the heap they hold once loaded. */
    private static void corpusRows(ProjectStore store) {
        store.corpus();
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeap(runtime);
        long before = System.nanoTime();
        List<CorpusRow> rows = store.corpus();
        long nanos = System.nanoTime() - before;
        long heapAfter = usedHeap(runtime);
        System.out.printf(Locale.ROOT, "corpus table rows: %,d in %.0f ms, holding %.0f MB of heap%n", rows.size(),
                nanos / 1e6, (heapAfter - heapBefore) / 1e6);
    }

    /** 2,000 annotations of one category over the first articles, then their keyword-in-context lines. */
    private static void concordance(ProjectStore store) {
        long category = store.codebook().byName("Claim").orElseThrow().id();
        for (long id = 1; id <= 200; id++) {
            Article article = store.article(id).orElseThrow();
            List<AnnotationChange> changes = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                int start = 100 + n * 300;
                changes.add(AnnotationChange.create(org.newsmark.testing.Annotations.at(article, start, start + 40, category)));
            }
            store.apply(List.copyOf(changes));
        }
        Stats stats = new Stats();
        int lines = 0;
        for (int i = 0; i < 10; i++) {
            long before = System.nanoTime();
            lines = store.concordance(ConcordanceQuery.of(category), 5_000).lines().size();
            stats.add(System.nanoTime() - before);
        }
        System.out.printf(Locale.ROOT, "concordance of %,d annotations: %s%n", lines, stats.summary());
    }

    private static long usedHeap(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
