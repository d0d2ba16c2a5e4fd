package org.newsmark.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.analysis.ClaimRow;
import org.newsmark.analysis.VoiceRow;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.QueuedTasks;
import org.newsmark.ui.common.ArticleOpener;

/** The findings views' models without a window: live counts after each edit, scope, filters, drill-down. */
class FindingsViewModelsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TEXT = """
            Water plan
            "Bills will fall," said Jane Doe. Critics said the plan was rushed. Professor Ali Khan said the reservoirs were too small.""";

    @TempDir
    Path folder;

    private ProjectStore store;
    private AnnotationEditor editor;
    private final SimpleObjectProperty<CorpusFilter> scope = new SimpleObjectProperty<>(CorpusFilter.NONE);
    private final List<String> opened = new ArrayList<>();
    private FindingsViewModel findings;
    private final List<Article> articles = new ArrayList<>();

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        String[][] outlets = {{"BBC", "2024-05-02"}, {"ITV", "2024-06-01"}};
        for (String[] outlet : outlets) {
            long id = store.addArticle(new ArticleDraft("Water " + outlet[0], null, outlet[0], null, outlet[1], null,
                    TEXT + "\n" + outlet[0])).id();
            articles.add(store.article(id).orElseThrow());
        }
        CurrentThreadTasks tasks = new CurrentThreadTasks();
        editor = new AnnotationEditor(store, tasks, Clock.systemUTC());
        findings = new FindingsViewModel(store, tasks, editor, new ArticleOpener() {
            @Override
            public void open(long articleId) {
                opened.add("article " + articleId);
            }

            @Override
            public void openAt(long articleId, UUID annotationId) {
                opened.add(articleId + " at " + annotationId);
            }

            @Override
            public void openAtText(long articleId, int start, int end) {
                opened.add(articleId + " at " + start);
            }
        }, scope);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Annotation annotation(Article article, String text, String category) {
        return Annotations.of(article, text, Annotations.category(store, category));
    }

    /** Tags a quote and its speaker and links them, as one edit, the way the window's A gesture does. */
    private Annotation quote(Article article, String quote, String speaker, String speakerCategory) {
        Annotation content = annotation(article, quote, "Claim");
        Annotation source = annotation(article, speaker, speakerCategory);
        editor.perform(Edit.of("Attribute", List.of(AnnotationChange.create(content), AnnotationChange.create(source),
                LinkChange.create(Link.of(article.id(), RelationType.ATTRIBUTED_TO, content.id(), source.id(), NOW)))));
        return source;
    }

    private VoiceRow overall(String speaker) {
        return findings.voices().stream().filter(row -> row.allOutlets() && row.level() == VoiceRow.Level.SPEAKER
                && row.speaker().equals(speaker)).findFirst().orElse(null);
    }

    @Test
    void theCuratorsGoldVersionCanBeCountedAlone() {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        quote(articles.get(1), "\"Bills will fall,\"", "Jane Doe", "Politician");
        Annotation content = annotation(articles.get(0), "\"Bills will fall,\"", "Claim");
        Annotation source = annotation(articles.get(0), "Jane Doe", "Politician");
        Annotation goldContent = new Annotation(content.id(), content.articleId(), content.categoryId(), content.start(), content.end(),
                content.text(), content.prefix(), content.suffix(), "", "curator", NOW, NOW);
        Annotation goldSource = new Annotation(source.id(), source.articleId(), source.categoryId(), source.start(), source.end(),
                source.text(), source.prefix(), source.suffix(), "", "curator", NOW, NOW);
        editor.perform(Edit.of("Accept", List.of(AnnotationChange.create(goldContent), AnnotationChange.create(goldSource),
                LinkChange.create(Link.of(articles.get(0).id(), RelationType.ATTRIBUTED_TO, goldContent.id(), goldSource.id(), NOW)))));
        findings.activeProperty().set(true);
        assertThat(overall("Jane Doe").quotes()).isEqualTo(3);
        findings.readCoderChoices();
        assertThat(findings.coderChoices()).containsExactly("curator", "tester");

        findings.countCoders(List.of("curator"));
        assertThat(overall("Jane Doe").quotes()).isEqualTo(1);
        quote(articles.get(0), "the reservoirs were too small", "Professor Ali Khan", "Expert");
        assertThat(overall("Professor Ali Khan")).as("another coder's edit leaves the gold version's counts").isNull();
        assertThat(overall("Jane Doe").quotes()).isEqualTo(1);

        findings.countCoders(List.of());
        assertThat(overall("Jane Doe").quotes()).isEqualTo(3);
        assertThat(overall("Professor Ali Khan").quotes()).isEqualTo(1);
    }

    @Test
    void nothingIsCountedUntilShownThenEveryTagIsCountedAtOnce() {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        assertThat(findings.countsProperty().get()).isZero();

        findings.activeProperty().set(true);
        assertThat(findings.countsProperty().get()).isEqualTo(1);
        assertThat(overall("Jane Doe").quotes()).isEqualTo(1);
        assertThat(findings.claims()).hasSize(1);
        assertThat(findings.statusProperty().get()).isEqualTo("All 2 articles");

        quote(articles.get(1), "\"Bills will fall,\"", "Jane Doe", "Politician");
        assertThat(findings.countsProperty().get()).isEqualTo(2);
        assertThat(overall("Jane Doe").quotes()).isEqualTo(2);
        assertThat(overall("Jane Doe").articles()).isEqualTo(2);
        assertThat(findings.claims()).extracting(ClaimRow::articleId).containsExactly(articles.get(0).id(), articles.get(1).id());

        editor.undo();
        assertThat(overall("Jane Doe").quotes()).isEqualTo(1);
        assertThat(findings.claims()).hasSize(1);
    }

    @Test
    void afterTheFirstCountATagReadsOnlyItsArticleAgain() {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        quote(articles.get(0), "the plan was rushed", "Critics", "Citizen");
        findings.activeProperty().set(true);
        List<String> changes = new ArrayList<>();
        findings.claims().addListener((javafx.collections.ListChangeListener<ClaimRow>) change -> {
            while (change.next()) {
                changes.add("-" + change.getRemovedSize() + " +" + change.getAddedSize());
            }
        });

        quote(articles.get(1), "the reservoirs were too small", "Professor Ali Khan", "Expert");

        // the other article's claims stay where they are: only the tagged article's are put in
        assertThat(changes).containsExactly("-0 +1");
        assertThat(findings.claims()).hasSize(3);
    }

    @Test
    void aCountWaitsForTheSaveOnTheThreadThatOwnsTheFile() {
        QueuedTasks queued = new QueuedTasks();
        AnnotationEditor slowEditor = new AnnotationEditor(store, queued, Clock.systemUTC());
        FindingsViewModel late = new FindingsViewModel(store, queued, slowEditor, null, scope);
        late.activeProperty().set(true);
        queued.drain();
        assertThat(late.voices()).isEmpty();

        Annotation content = annotation(articles.get(0), "the plan was rushed", "Claim");
        Annotation source = annotation(articles.get(0), "Critics", "Citizen");
        slowEditor.perform(Edit.of("Attribute", List.of(AnnotationChange.create(content), AnnotationChange.create(source),
                LinkChange.create(Link.of(articles.get(0).id(), RelationType.ATTRIBUTED_TO, content.id(), source.id(), NOW)))));
        queued.drain();

        assertThat(late.voices()).anyMatch(row -> row.speaker().equals("Critics") && row.quotes() == 1);
    }

    @Test
    void theScopeIsTheCorpusFilter() {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        quote(articles.get(1), "the plan was rushed", "Critics", "Citizen");
        findings.activeProperty().set(true);
        assertThat(findings.claims()).hasSize(2);

        scope.set(CorpusFilter.NONE.withOutlet("ITV"));

        assertThat(findings.claims()).extracting(ClaimRow::outlet).containsExactly("ITV");
        assertThat(overall("Jane Doe")).isNull();
        assertThat(findings.statusProperty().get()).isEqualTo("1 of 2 articles (the corpus filter)");
        quote(articles.get(0), "the reservoirs were too small", "Professor Ali Khan", "Expert");
        assertThat(findings.claims()).extracting(ClaimRow::outlet).containsExactly("ITV");

        scope.set(CorpusFilter.NONE.withOutlet("Nobody"));
        assertThat(findings.voices()).isEmpty();
        assertThat(findings.notes()).singleElement().asString().startsWith("No article matches");
    }

    @Test
    void renamingAPersonAndChangingTheCodebookAreCountedToo() {
        Person doe = new Person(UUID.randomUUID(), "J. Doe", "", "", "", List.of(), NOW, NOW);
        editor.perform(Edit.of("Add", new PersonChange(null, doe)));
        Annotation mention = quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        editor.perform(Edit.of("Refer", new AnnotationChange(mention, mention.withPerson(doe.id(), NOW))));
        findings.activeProperty().set(true);
        assertThat(overall("J. Doe").speakerType()).isEqualTo("Politician");

        editor.perform(Edit.of("Rename", new PersonChange(doe, doe.withDetails("Jane Doe", "minister", "", "", NOW))));
        assertThat(overall("Jane Doe").speakerType()).isEqualTo("minister");
        assertThat(findings.claims()).singleElement().extracting(ClaimRow::speaker).isEqualTo("Jane Doe");

        Category claim = store.codebook().byName("Claim").orElseThrow();
        editor.perform(Edit.of("Rename", new CategoryChange(claim, claim.withName("Assertion"))));
        assertThat(findings.claims()).singleElement().extracting(ClaimRow::category).isEqualTo("Assertion");
    }

    @Test
    void aVoicesRowShowsItsQuotesAndAQuoteOpensTheArticleAtIt() {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        quote(articles.get(1), "\"Bills will fall,\"", "Jane Doe", "Politician");
        quote(articles.get(1), "the plan was rushed", "Critics", "Citizen");
        findings.activeProperty().set(true);
        VoicesViewModel voices = new VoicesViewModel(findings);
        findings.markStale();

        assertThat(voices.rows()).extracting(VoiceRow::speaker).containsExactly("Jane Doe", "Critics");
        assertThat(voices.outlets()).extracting(OutletChoice::label).containsExactly("All outlets", "BBC", "ITV");
        voices.selectedProperty().set(voices.rows().get(0));
        assertThat(voices.quotes()).extracting(ClaimRow::articleId).containsExactly(articles.get(0).id(), articles.get(1).id());
        voices.open(voices.quotes().get(1));
        assertThat(opened).containsExactly(articles.get(1).id() + " at " + voices.quotes().get(1).claimId());

        voices.outletProperty().set(OutletChoice.of("BBC"));
        assertThat(voices.rows()).extracting(VoiceRow::speaker).containsExactly("Jane Doe");
        voices.levelProperty().set(VoiceRow.Level.SPEAKER_TYPE);
        assertThat(voices.rows()).extracting(VoiceRow::speakerType).containsExactly("Politician");

        ChartData chart = voices.chartProperty().get();
        assertThat(chart.categories()).containsExactly("BBC", "ITV", "All outlets");
        assertThat(chart.series()).extracting(ChartData.Series::name).containsExactly("Politician", "Citizen");
        assertThat(chart.series().get(0).values()).containsExactly(100.0, 50.0, 100 * (2.0 / 3));
        assertThat(chart.series().get(1).values()).containsExactly(null, 50.0, 100 * (1.0 / 3));
    }

    @Test
    void claimsAreFilteredOnEachColumnGroupedBySpeakerAndFollowedThroughTheCorpus() {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        quote(articles.get(1), "the reservoirs were too small", "Professor Ali Khan", "Expert");
        Annotation unattributed = annotation(articles.get(1), "the plan was rushed", "Claim");
        long challenged = store.codebook().byName("Claim").orElseThrow().attributes().get(0).id();
        editor.perform(Edit.of("Tag", AnnotationChange.create(unattributed.withAttribute(challenged, "no", NOW))));
        findings.activeProperty().set(true);
        ClaimsViewModel claims = new ClaimsViewModel(findings, store, new CurrentThreadTasks());
        findings.markStale();

        assertThat(claims.rows()).hasSize(3);
        assertThat(claims.speakers()).containsExactly("Jane Doe", "Professor Ali Khan", "unattributed");
        claims.challengedProperty().set("no");
        assertThat(claims.rows()).extracting(ClaimRow::text).containsExactly("the plan was rushed");
        claims.challengedProperty().set(ClaimsViewModel.NOT_CODED);
        assertThat(claims.rows()).hasSize(2);
        claims.speakerProperty().set("Jane Doe");
        assertThat(claims.rows()).extracting(ClaimRow::speaker).containsExactly("Jane Doe");
        claims.clearFilters();
        claims.wordsProperty().set("RESERVOIRS");
        assertThat(claims.rows()).extracting(ClaimRow::speaker).containsExactly("Professor Ali Khan");
        claims.clearFilters();

        claims.groupedProperty().set(true);
        assertThat(claims.groups()).first().satisfies(group -> {
            assertThat(group.speaker()).isEqualTo("unattributed");
            assertThat(group.unchallenged()).isEqualTo(1);
        });
        assertThat(claims.groups()).hasSize(3);

        // the same claim in the other article is found by its words
        quote(articles.get(1), "\"Bills will fall,\"", "Critics", "Citizen");
        ClaimRow bills = claims.rows().stream().filter(row -> row.articleId() == articles.get(0).id()).findFirst().orElseThrow();
        claims.follow(bills);
        assertThat(claims.similar()).singleElement().satisfies(match -> {
            assertThat(match.claim().articleId()).isEqualTo(articles.get(1).id());
            assertThat(match.likeness()).isEqualTo(1.0);
        });
        assertThat(claims.followStatusProperty().get()).startsWith("1 similar claim in the scope");
    }

    @Test
    void codesGiveSharesPerOutletAndOverTheMonths() {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        quote(articles.get(1), "the plan was rushed", "Critics", "Citizen");
        findings.activeProperty().set(true);
        CodesViewModel codes = new CodesViewModel(findings);
        findings.markStale();

        assertThat(codes.whats()).extracting(CodesViewModel.What::toString).containsExactly("Categories", "Genre",
                "Balance of sources");
        assertThat(codes.months()).extracting(CodesViewModel.MonthChoice::toString).containsExactly("All months", "2024-05", "2024-06");
        assertThat(codes.rows()).extracting(row -> row.code() + " " + row.count()).containsExactly("Politician 1", "Citizen 1", "Claim 2");
        ChartData byOutlet = codes.byOutletProperty().get();
        assertThat(byOutlet.categories()).containsExactly("BBC", "ITV", "All outlets");
        assertThat(byOutlet.series()).filteredOn(series -> series.name().equals("Claim")).singleElement()
                .satisfies(series -> assertThat(series.values()).containsExactly(50.0, 50.0, 50.0));
        assertThat(byOutlet.series()).filteredOn(series -> series.name().equals("Claim")).singleElement()
                .extracting(ChartData.Series::color).isEqualTo("#D55E00");
        ChartData overTime = codes.overTimeProperty().get();
        assertThat(overTime.categories()).containsExactly("2024-05", "2024-06");
    }

    @Test
    void tablesAreExportedAsCsvAndAnArticleAsAReport() throws Exception {
        quote(articles.get(0), "\"Bills will fall,\"", "Jane Doe", "Politician");
        findings.activeProperty().set(true);
        VoicesViewModel voices = new VoicesViewModel(findings);

        Path csv = folder.resolve("voices.csv");
        voices.exportCsv(csv, true);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFFoutlet,level,speaker,speaker_id,speaker_type,quotes");
        assertThat(written.lines()).hasSize(1 + 6);
        assertThat(findings.messageProperty().get()).startsWith("Wrote 6 rows to");

        Path report = folder.resolve("report.html");
        findings.saveArticleReport(articles.get(0).id(), report);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("<h1>Water BBC</h1>");
        findings.saveArticleReport(-1, report);
        assertThat(findings.messageProperty().get()).startsWith("Open an article first");
        findings.exportCsv(List.of("a"), List.of(), folder.resolve("p.newsmark"), false);
        assertThat(findings.messageProperty().get()).startsWith("Could not write").contains("that is the project file");
    }
}
