package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.newsmark.agreement.AgreementCalculator;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Category;
import org.newsmark.model.Change;
import org.newsmark.model.TextSpans;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.Progress;

/**
 * Agreement of 1,000 articles (about 4 KB each) x 3 coders x 50 annotations each (150,000 spans of
 * four categories, nearly alike between coders): the time from reading the project to the whole
 * report (per article, pooled, pairs, coding, attribution), after a warm-up run. Target: under 2 s.
 * Arguments: articles, annotations per coder and article.
 */
public final class AgreementBenchmark {

    public static void main(String[] args) throws Exception {
        args = java.util.Arrays.stream(args).flatMap(arg -> java.util.Arrays.stream(arg.trim().split("\\s+")))
                .filter(arg -> !arg.isBlank()).toArray(String[]::new);
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perCoder = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        // A third argument names a project made by an earlier run, to time again without making it anew.
        Path file = args.length > 2 ? Path.of(args[2])
                : Files.createTempDirectory("newsmark-agreement-bench").resolve("bench.newsmark");
        List<String> coders = List.of("ana", "ben", "cleo");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            if (!store.articles().isEmpty()) {
                articles = 0; // made before
            }
            List<Category> categories = store.codebook().topLevel().subList(0, 4);
            Random random = new Random(1);
            long made = System.nanoTime();
            for (int a = 0; a < articles; a++) {
                String text = text(random, a);
                long id = store.addArticle(new ArticleDraft("Article " + a, null, null, null, null, null, text)).id();
                List<Change> changes = new ArrayList<>();
                int[] starts = new int[perCoder];
                for (int i = 0; i < perCoder; i++) {
                    starts[i] = random.nextInt(text.length() - 80);
                }
                for (String coder : coders) {
                    for (int i = 0; i < perCoder; i++) {
                        int start = starts[i] + (random.nextInt(4) == 0 ? random.nextInt(5) : 0);
                        int end = start + 10 + (i * 7) % 60;
                        Instant now = Instant.now();
                        changes.add(AnnotationChange.create(new Annotation(UUID.randomUUID(), id,
                                categories.get(i % categories.size()).id(), start, end, text.substring(start, end),
                                TextSpans.prefix(text, start), TextSpans.suffix(text, end), "", coder, now, now)));
                    }
                }
                store.apply(changes);
            }
            System.out.printf(Locale.ROOT, "made %,d articles x %d coders x %d annotations in %.1f s%n", articles, coders.size(),
                    perCoder, (System.nanoTime() - made) / 1e9);
        }
        for (int run = 0; run < 4; run++) {
            try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                int spans = store.codedSpans().size();
                long read = System.nanoTime();
                long cpuRead = threads.getCurrentThreadCpuTime();
                AgreementReport report = new AgreementCalculator(store).calculate(AgreementQuery.ALL, Progress.NONE);
                long nanos = System.nanoTime() - read;
                long cpu = threads.getCurrentThreadCpuTime() - cpuRead;
                // The processor time is what an idle machine would show; the clock includes waiting for the processors.
                System.out.printf(Locale.ROOT, "run %d: report %.0f ms (%.0f ms on a processor); reading the %,d spans alone "
                        + "%.0f ms (%.0f ms on a processor); pooled alpha_U %.4f over %d articles%n", run, nanos / 1e6, cpu / 1e6,
                        spans, (read - start) / 1e6, (cpuRead - cpuStart) / 1e6, report.pooled().alphaU().overall(),
                        report.pooled().articles().size());
            }
        }
    }

    private static String text(Random random, int article) {
        String[] words = {"the", "minister", "said", "council", "bridge", "repairs", "would", "reopen", "spring",
            "residents", "engineer", "warned", "cracks", "figures", "according", "to", "report", "on", "Tuesday"};
        StringBuilder text = new StringBuilder("Article " + article + "\n\n");
        while (text.length() < 4_000) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ".\n\n" : " ");
        }
        return text.toString().strip();
    }
}
