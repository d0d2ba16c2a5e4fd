package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.newsmark.analysis.Findings;
import org.newsmark.analysis.FindingsIndex;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Change;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.model.TextSpans;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ProjectStore.NewArticle;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.SerialTasks;
import org.newsmark.ui.common.ArticleOpener;
import org.newsmark.ui.findings.FindingsView;
import org.newsmark.ui.findings.FindingsViewModel;
import org.newsmark.ui.findings.FindingsViews;

/**
 * The findings on a coded corpus (issue 10): generated ~4 KB articles with 50 annotations each, a
 * third of them quotes linked to a speaker mention (16 quotes, 16 mentions, 8 cues linked to quotes,
 * 10 contexts), two thirds of the mentions referring to one of 300 people, the others named in the
 * text by one of 3,000 names, a few of them often. Measures the Voices and
 * Claims tables counted from cold (read, worked out, counted), the count after one article changes,
 * and in the window: the first count, then tags made as a coder makes them, from the edit until the
 * tables show it, and the gaps between frames meanwhile (targets: under 1 s; under 100 ms; no gap over
 * 100 ms).
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=FindingsBenchmark -Dbench.args="10000 [FILE]"}: with a FILE, the
 * coded corpus is built there once and copied for later runs.
 */
public final class FindingsBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String[] SPEAKER_KINDS = {"Politician", "Expert", "Journalist", "Official", "Spokesperson",
            "Citizen", "Organisation", "Speaker"};

    public static void main(String[] args) throws Exception {
        String[] words = String.join(" ", args).strip().split("\\s+");
        int status = 1;
        try {
            new FindingsBenchmark().run(words[0].isEmpty() ? 10_000 : Integer.parseInt(words[0]),
                    words.length > 1 ? Path.of(words[1]) : null);
            status = 0;
        } finally {
            Platform.exit();
            System.exit(status);
        }
    }

    /** @param kept a project to build once and use again (a copy is measured), or null for a fresh one */
    private void run(int size, Path kept) throws Exception {
        Path file = Files.createTempDirectory("newsmark-findings-bench").resolve("coded.newsmark");
        long built = System.nanoTime();
        if (kept == null || !Files.exists(kept)) {
            try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
                fill(store, size);
            }
            if (kept != null) {
                Files.copy(file, kept);
            }
        } else {
            Files.copy(kept, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf(Locale.ROOT, "%n%,d articles with %,d annotations, built in %.0f s, file %.0f MB%n", size, size * 50,
                (System.nanoTime() - built) / 1e9, Files.size(file) / 1e6);

        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            cold(store);
            oneArticle(store, size);
        }
        inTheWindow(file, size);
    }

    /** Every table from nothing, five times: read from the file, worked out, counted. */
    private static void cold(ProjectStore store) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Stats cpu = new Stats();
        Stats read = new Stats();
        Stats derived = new Stats();
        Stats counted = new Stats();
        Stats total = new Stats();
        Findings findings = null;
        for (int run = 0; run < 6; run++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Codebook codebook = store.codebook();
            List<Person> people = store.people();
            List<CodedArticle> articles = store.codedArticles();
            long afterRead = System.nanoTime();
            FindingsIndex index = new FindingsIndex(codebook, people, articles);
            long afterDerive = System.nanoTime();
            findings = index.findings(CorpusFilter.NONE);
            long end = System.nanoTime();
            if (run > 0) {
                read.add(afterRead - start);
                derived.add(afterDerive - afterRead);
                counted.add(end - afterDerive);
                total.add(end - start);
                cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
            }
        }
        System.out.printf(Locale.ROOT, "%,d voices rows, %,d claims, %,d codes rows%n", findings.voices().size(),
                findings.claims().size(), findings.codes().size());
        System.out.println("cold: read coded articles: " + read.summary());
        System.out.println("cold: apply the definitions: " + derived.summary());
        System.out.println("cold: count voices, claims, codes: " + counted.summary());
        System.out.println("cold: all three tables from the file: " + total.summary());
        System.out.println("cold: the same, CPU time of the thread: " + cpu.summary());
    }

    /**
     * One article read again and counted out and in, then what the window shows built (the 2,000 most
     * quoted speakers, the speaker types, the codes, the notes), as after a tag, without the window.
     */
    private static void oneArticle(ProjectStore store, int size) {
        FindingsIndex index = new FindingsIndex(store.codebook(), store.people(), store.codedArticles());
        Random random = new Random(3);
        Stats update = new Stats();
        Stats cpu = new Stats();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 60; run++) {
            long id = 1 + random.nextInt(size);
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            store.codedArticle(id).ifPresent(index::put);
            org.newsmark.analysis.FindingsTally tally = index.tally(CorpusFilter.NONE);
            tally.voicesTally().rows(true, null, org.newsmark.analysis.VoiceRow.Level.SPEAKER, 2_000);
            tally.voicesTally().typeRows();
            tally.codes();
            tally.notes(index.size());
            if (run >= 10) {
                update.add(System.nanoTime() - start);
                cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
            }
        }
        System.out.println("one article read again and counted, the window's rows built: " + update.summary());
        System.out.println("  the same, CPU time of the thread: " + cpu.summary());
    }

    private Scene scene;
    private FindingsViews views;
    private AnnotationEditor editor;

    /** The Findings tab in a window: the first count, then tags, each until its count is shown. */
    private void inTheWindow(Path file, int size) throws Exception {
        ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING);
        Platform.startup(() -> { });
        SerialTasks storeTasks = new SerialTasks("bench-store", Platform::runLater);
        AtomicLong shown = new AtomicLong();
        CountDownLatch first = new CountDownLatch(1);
        FxBench.onFx(() -> {
            editor = new AnnotationEditor(store, storeTasks, Clock.systemUTC());
            views = FindingsViewModel.views(store, storeTasks, editor, NO_OPENER,
                    new javafx.beans.property.SimpleObjectProperty<>(CorpusFilter.NONE));
            FindingsView view = new FindingsView(views);
            Stage stage = new Stage();
            org.newsmark.ui.look.Themes.use(false); // the light theme the app starts with
            scene = new Scene((javafx.scene.Parent) view.node(), 1400, 900);
            scene.getStylesheets().add(FindingsView.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            views.findings().countsProperty().addListener((observable, before, after) -> {
                shown.set(System.nanoTime());
                first.countDown();
            });
            return null;
        });
        FxBench.FrameGaps loading = new FxBench.FrameGaps();
        loading.start();
        long start = System.nanoTime();
        FxBench.onFx(() -> {
            views.findings().activeProperty().set(true);
            return null;
        });
        first.await(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        System.out.printf(Locale.ROOT, "window: Findings shown until the first count is on screen: %.0f ms%n",
                (shown.get() - start) / 1e6);
        System.out.println("window: frame gaps while the first count arrives: " + loading.stop().summary());
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "window: heap with the findings counted: %.0f MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6);

        Random random = new Random(11);
        List<Edit> tags = new ArrayList<>();
        long claim = store.codebook().byName("Claim").orElseThrow().id();
        long politician = store.codebook().byName("Politician").orElseThrow().id();
        for (int i = 0; i < 40; i++) {
            Article article = store.article(1 + random.nextInt(size)).orElseThrow();
            Annotation content = span(article, 3810 + (i % 2) * 60, claim, null, Map.of());
            Annotation source = span(article, 3860 - (i % 2) * 60, politician, null, Map.of());
            tags.add(Edit.of("Attribute", List.of(AnnotationChange.create(content), AnnotationChange.create(source),
                    LinkChange.create(Link.of(article.id(), RelationType.ATTRIBUTED_TO, content.id(), source.id(), NOW)))));
        }
        for (String tab : List.of("Voices", "Claims")) {
            FxBench.onFx(() -> {
                TabPane tabs = (TabPane) scene.lookup("#findings-tabs");
                tabs.getSelectionModel().select(tab.equals("Voices") ? 0 : 1);
                return null;
            });
            Thread.sleep(1000);
            Stats untilShown = new Stats();
            Stats counting = new Stats();
            FxBench.FrameGaps tagging = new FxBench.FrameGaps();
            tagging.start();
            for (int i = 0; i < 20; i++) {
                Edit tag = tags.remove(0);
                int before = FxBench.onFx(() -> views.findings().countsProperty().get());
                long tagged = System.nanoTime();
                FxBench.onFx(() -> {
                    editor.perform(tag);
                    return null;
                });
                while (FxBench.onFx(() -> views.findings().countsProperty().get()) == before) {
                    Thread.sleep(1);
                }
                untilShown.add(shown.get() - tagged);
                counting.add(FxBench.onFx(() -> views.findings().lastCountMillis()) * 1_000_000);
                Thread.sleep(250);
            }
            System.out.println("window (" + tab + " shown): a tag until its count is on screen: " + untilShown.summary());
            System.out.println("window (" + tab + " shown): of which counting on the store's thread: " + counting.summary()
                    + ", one by one " + counting.values());
            System.out.println("window (" + tab + " shown): frame gaps while tagging: " + tagging.stop().summary());
        }
        storeTasks.finish(10, TimeUnit.SECONDS);
        store.close();
    }

    /** Stores the corpus with its coding, article by article with the import's own checks. */
    private static void fill(ProjectStore store, int size) {
        Codebook codebook = store.codebook();
        Map<String, Long> categories = new HashMap<>();
        codebook.categories().forEach(category -> categories.put(category.name(), category.id()));
        AttributeDefinition challenged = attribute(codebook, "Claim", "Challenged in the text");
        AttributeDefinition form = attribute(codebook, "Expert quote", "Direct or indirect");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            people.add(new Person(UUID.nameUUIDFromBytes(("person " + i).getBytes()), "Person " + i,
                    i % 3 == 0 ? "" : SPEAKER_KINDS[i % 7].toLowerCase(Locale.ROOT), "", "", List.of(), NOW, NOW));
        }
        SyntheticCorpus generator = new SyntheticCorpus(42);
        Random random = new Random(7);
        List<NewArticle> batch = new ArrayList<>();
        List<Change> registry = new ArrayList<>();
        people.forEach(person -> registry.add(new PersonChange(null, person)));
        for (int i = 0; i < size; i++) {
            ArticleDraft generated = generator.next(i, 4000);
            // Speakers without a person are named in the text, as unregistered speakers are: a few names
            // ("he", "a spokesman") often, most seldom.
            StringBuilder text = new StringBuilder(generated.text());
            Person[] persons = new Person[16];
            int[] nameLength = new int[16];
            for (int k = 0; k < 16; k++) {
                if (random.nextInt(3) < 2) {
                    persons[k] = people.get(random.nextInt(people.size()));
                    nameLength[k] = 40;
                } else {
                    int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(UNREGISTERED))) - 1;
                    String name = "speaker " + Math.min(rank, UNREGISTERED - 1);
                    int start = 20 + (16 + k) * 75;
                    text.replace(start, start + name.length(), name);
                    nameLength[k] = name.length();
                }
            }
            ArticleDraft draft = new ArticleDraft(generated.title(), null, generated.source(), null, generated.published(),
                    generated.url(), text.toString());
            long seed = random.nextLong();
            batch.add(new NewArticle(draft, id -> coding(id, draft.text(), new Random(seed), categories, challenged, form,
                    persons, nameLength)));
            if (batch.size() == 500 || i == size - 1) {
                store.importArticles(registry, batch);
                registry.clear();
                batch.clear();
            }
        }
    }

    /** How many names unregistered speakers are drawn from. */
    private static final int UNREGISTERED = 3000;

    private static List<Change> coding(long id, String text, Random random, Map<String, Long> categories,
            AttributeDefinition challenged, AttributeDefinition form, Person[] persons, int[] nameLength) {
        List<Change> changes = new ArrayList<>();
        List<Annotation> contents = new ArrayList<>();
        for (int slot = 0; slot < 50; slot++) {
            int start = 20 + slot * 75;
            Annotation annotation;
            if (slot < 16) {
                boolean claim = slot % 2 == 0;
                annotation = span(text, id, start, 40, categories.get(claim ? "Claim" : "Expert quote"), null, claim
                        ? Map.of(challenged.id(), List.of("yes", "no", "partly").get(random.nextInt(3)))
                        : Map.of(form.id(), random.nextBoolean() ? "direct" : "indirect"));
                contents.add(annotation);
            } else if (slot < 32) {
                Person person = persons[slot - 16];
                annotation = span(text, id, start, nameLength[slot - 16],
                        categories.get(SPEAKER_KINDS[random.nextInt(SPEAKER_KINDS.length)]),
                        person == null ? null : person.id(), Map.of());
                changes.add(AnnotationChange.create(annotation));
                changes.add(LinkChange.create(Link.of(id, RelationType.ATTRIBUTED_TO, contents.get(slot - 16).id(),
                        annotation.id(), NOW)));
                continue;
            } else if (slot < 40) {
                annotation = span(text, id, start, 40, categories.get("Cue"), null, Map.of());
                changes.add(AnnotationChange.create(annotation));
                changes.add(LinkChange.create(Link.of(id, RelationType.CUE, contents.get(slot - 32).id(), annotation.id(), NOW)));
                continue;
            } else {
                annotation = span(text, id, start, 40, categories.get("Context"), null, Map.of());
            }
            changes.add(AnnotationChange.create(annotation));
        }
        // contents first, then what links to them
        List<Change> ordered = new ArrayList<>();
        changes.stream().filter(change -> change instanceof AnnotationChange).forEach(ordered::add);
        changes.stream().filter(change -> change instanceof LinkChange).forEach(ordered::add);
        return ordered;
    }

    private static Annotation span(Article article, int start, long category, UUID person, Map<Long, String> values) {
        return span(article.text(), article.id(), start, 40, category, person, values);
    }

    private static Annotation span(String text, long articleId, int start, int length, long category, UUID person,
            Map<Long, String> values) {
        int end = start + length;
        return new Annotation(UUID.randomUUID(), articleId, category, start, end, text.substring(start, end),
                TextSpans.prefix(text, start), TextSpans.suffix(text, end), "", "bench", NOW, NOW, person, values);
    }

    private static AttributeDefinition attribute(Codebook codebook, String category, String name) {
        return codebook.byName(category).orElseThrow().attributes().stream()
                .filter(attribute -> attribute.name().equals(name)).findFirst().orElseThrow();
    }

    private static final ArticleOpener NO_OPENER = new ArticleOpener() {
        @Override
        public void open(long articleId) {
        }

        @Override
        public void openAt(long articleId, UUID annotationId) {
        }

        @Override
        public void openAtText(long articleId, int start, int end) {
        }
    };
}
