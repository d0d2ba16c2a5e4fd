package org.newsmark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.exporting.ProjectExporters;
import org.newsmark.importing.ArticleReaders;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.importing.ImportReport;
import org.newsmark.importing.WebPages;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Category;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.RelationType;
import org.newsmark.model.TextSpans;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ProjectStore.NewArticle;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.Progress;

/**
 * Exporting a coded project in every exchange format and importing each export into a new project,
 * as a person would (the importer, its planner and readers, batches): 10,000 articles of about 4 KB
 * with 50 annotations each, a third of them contents linked to a source and a cue. Imports run in the
 * window's and the command line's batches of about 10 ms, short enough for a coder's saves never to
 * wait long behind them. Targets (issue 12):
 * export and import under 10 s each, memory flat. "Live heap" is the most the heap held after a
 * collection, forced once a second during each run: what the run keeps, not the garbage it leaves for
 * later; flat means the same for 1,000 and 10,000 articles. "cpu" is the processor time of the thread
 * that exports or imports (the log's folding thread and the collector not counted): on a shared
 * machine the wall-clock time also holds the time other programs had the processor.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=ExchangeFormatsBenchmark -Dbench.args="1000 10000"}
 */
public final class ExchangeFormatsBenchmark {

    private static final int ANNOTATIONS = 50;

    private ExchangeFormatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        for (String arg : String.join(" ", args).strip().split("\\s+")) {
            if (arg.matches("\\d+")) {
                sizes.add(Integer.parseInt(arg));
            } else if (!arg.isEmpty()) {
                formats.add(arg);
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(10_000);
        }
        if (formats.isEmpty()) {
            formats.addAll(ProjectExporters.all().formats());
        }
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("newsmark-exchange-bench");
            try {
                run(folder, size, formats);
            } finally {
                deleteTree(folder);
            }
        }
    }

    private static void run(Path folder, int size, List<String> formats) throws Exception {
        Path project = folder.resolve("coded.newsmark");
        long annotations;
        long fillStart = System.nanoTime();
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            annotations = fill(store, size);
        }
        System.out.printf(Locale.ROOT, "%n%,d articles, %,d annotations and links, stored in batches of 500 in %.1f s; "
                + "max heap %d MB%n", size, annotations, (System.nanoTime() - fillStart) / 1e9,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("format        export s  (cpu s)  live heap MB  size MB | import s  (cpu s)  live heap MB  "
                + "imported  annotations");
        for (String format : formats) {
            ProjectExporter exporter = ProjectExporters.all().byFormat(format).orElseThrow();
            Path target = folder.resolve("export-" + format + (exporter.layout() == ProjectExporter.Layout.FILE
                    ? "." + exporter.extension() : ""));
            Measured export;
            try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
                export = measure(() -> exporter.export(store, ArticleSelection.all(), target, Progress.NONE));
            }
            long bytes = sizeOf(target);
            Path back = folder.resolve("back-" + format + ".newsmark");
            Measured imported;
            long backAnnotations;
            try (ProjectStore store = SqliteProjectStore.open(back, OpenMode.CREATE_OR_OPEN)) {
                ImportReport[] report = new ImportReport[1];
                imported = measure(() -> {
                    report[0] = new CorpusImporter(store, ArticleReaders.all(), WebPages.NONE, "bench").run(
                            List.of(ImportInput.file(target)), ImportOptions.DEFAULTS, CorpusImporter.Progress.NONE, () -> false);
                    return (int) report[0].importedCount();
                });
                backAnnotations = store.articles().stream().mapToLong(article -> article.annotationCount()).sum();
            }
            System.out.printf(Locale.ROOT, "%-12s %8.1f  %7.1f  %12d  %7.0f | %8.1f  %7.1f  %12d  %8d  %11d%n", format,
                    export.seconds(), export.cpuSeconds(), export.peakMegabytes(), bytes / 1e6, imported.seconds(),
                    imported.cpuSeconds(), imported.peakMegabytes(), imported.result(), backAnnotations);
            deleteTree(target);
            Files.deleteIfExists(back);
        }
    }

    private interface Work {
        int run() throws Exception;
    }

    private record Measured(double seconds, double cpuSeconds, long peakMegabytes, int result) {
    }

    private static Measured measure(Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int result = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        done.set(true);
        sampler.interrupt();
        sampler.join();
        return new Measured(seconds, cpuSeconds, peak.get() / (1024 * 1024), result);
    }

    /** Articles with 50 annotations each on word boundaries; contents linked to a source and a cue. */
    private static long fill(ProjectStore store, int size) {
        SyntheticCorpus generator = new SyntheticCorpus(42);
        Codebook codebook = store.codebook();
        Category speaker = codebook.byName("Speaker").orElseThrow();
        Category claim = codebook.byName("Claim").orElseThrow();
        Category cue = codebook.byName("Cue").orElseThrow();
        Category context = codebook.byName("Context").orElseThrow();
        long challenged = claim.attributes().get(0).id();
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        Random random = new Random(7);
        List<NewArticle> batch = new ArrayList<>();
        long[] count = {0};
        for (int i = 0; i < size; i++) {
            ArticleDraft draft = generator.next(i, 4000);
            String text = draft.text();
            List<int[]> words = words(text);
            List<int[]> spans = new ArrayList<>();
            for (int a = 0; a < ANNOTATIONS; a++) {
                int first = random.nextInt(words.size());
                int last = Math.min(words.size() - 1, first + random.nextInt(6));
                spans.add(new int[] {words.get(first)[0], words.get(last)[1]});
            }
            long seed = random.nextLong();
            batch.add(new NewArticle(draft, id -> {
                Random kinds = new Random(seed);
                List<Change> changes = new ArrayList<>();
                List<Annotation> made = new ArrayList<>();
                for (int a = 0; a < spans.size(); a++) {
                    int[] span = spans.get(a);
                    // in threes: a claim, its speaker, its cue; the rest context
                    Category category = a < 48 ? (a % 3 == 0 ? claim : a % 3 == 1 ? speaker : cue) : context;
                    Annotation annotation = new Annotation(UUID.randomUUID(), id, category.id(), span[0], span[1],
                            text.substring(span[0], span[1]), TextSpans.prefix(text, span[0]), TextSpans.suffix(text, span[1]),
                            kinds.nextInt(10) == 0 ? "a note" : "", "coder", at, at, null,
                            category == claim ? java.util.Map.of(challenged, "no") : java.util.Map.of());
                    made.add(annotation);
                    changes.add(AnnotationChange.create(annotation));
                }
                for (int a = 0; a + 2 < 48; a += 3) {
                    if (a % 9 == 0) {
                        changes.add(LinkChange.create(Link.of(id, RelationType.ATTRIBUTED_TO, made.get(a).id(), made.get(a + 1).id(), at)));
                        changes.add(LinkChange.create(Link.of(id, RelationType.CUE, made.get(a).id(), made.get(a + 2).id(), at)));
                    }
                }
                count[0] += changes.size();
                return changes;
            }));
            if (batch.size() == 500 || i == size - 1) {
                store.importArticles(List.of(), batch);
                batch.clear();
            }
        }
        return count[0];
    }

    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static long sizeOf(Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return Files.size(target);
        }
        try (Stream<Path> files = Files.walk(target)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        }
    }
}
