package org.newsmark.exporting.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ExportException;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportReport;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.Progress;
import org.newsmark.task.TaskCancelledException;
import org.newsmark.testing.BratLines;
import org.newsmark.testing.ProjectView;
import org.newsmark.testing.RandomProjects;

class BratRoundTripTest {

    @TempDir
    Path folder;

    private static final Path TUTORIAL = Path.of("src/test/resources/fixtures/brat/news");

    private ProjectStore open(String name) {
        return SqliteProjectStore.open(folder.resolve(name + ".newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    private static String offsets(String text, String quote) {
        int start = text.indexOf(quote);
        return text.codePointCount(0, start) + " " + text.codePointCount(0, start + quote.length());
    }

    /** Attributions written as PolNeAR writes them, on sentences of our own. */
    private Path attributionCorpus() throws Exception {
        Path corpus = Files.createDirectory(folder.resolve("corpus"));
        String text = "Mr Musk 🚀 said the attack on 𝕏 was massive.\n"
                + "The company, a spokeswoman told the BBC, \u201Cwill recover\u201D and\n"
                + "will publish a report. According to sources, nothing was lost. She added: all is well.";
        String ann = String.join("\n",
                "T1\tSource " + offsets(text, "Mr Musk") + "\tMr Musk",
                "T2\tCue " + offsets(text, "said") + "\tsaid",
                "T3\tContent " + offsets(text, "the attack on 𝕏 was massive") + "\tthe attack on 𝕏 was massive",
                "T4\tAttribution " + offsets(text, "said") + "\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource " + offsets(text, "a spokeswoman") + "\ta spokeswoman",
                "T6\tCue " + offsets(text, "told the BBC") + "\ttold the BBC",
                "T7\tContent " + offsets(text, "\u201Cwill recover\u201D") + ";" + offsets(text, "The company")
                        + "\t\u201Cwill recover\u201D The company",
                "T8\tAttribution " + offsets(text, "told the BBC") + "\ttold the BBC",
                "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7 Content2:T9",
                "T9\tContent " + offsets(text, "will publish a report") + "\twill publish a report",
                "T10\tCue " + offsets(text, "According to") + "\tAccording to",
                "T11\tContent " + offsets(text, "nothing was lost") + "\tnothing was lost",
                "T12\tAttribution-no-source " + offsets(text, "According to") + "\tAccording to",
                "E3\tAttribution-no-source:T12 Content:T11 Cue:T10",
                "T13\tSource " + offsets(text, "She") + "\tShe",
                "T14\tCue " + offsets(text, "added:") + "\tadded:",
                "T15\tContent " + offsets(text, "all is well") + "\tall is well",
                "T16\tAttribution " + offsets(text, "added") + "\tadded",
                "E4\tAttribution:T16 Content:T15 Cue:T14 Source:T13",
                "T17\tAttribution-no-source " + offsets(text, "sources") + "\tsources",
                "E5\tAttribution-no-source:T17",
                "");
        Files.writeString(corpus.resolve("musk-interview.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("musk-interview.ann"), ann, StandardCharsets.UTF_8);
        return corpus;
    }

    @Test
    void bratToNewsmarkAndBackGivesTheSameSpansAndAttributionEvents() throws Exception {
        Path corpus = attributionCorpus();
        Path export = folder.resolve("export");
        try (ProjectStore store = open("p")) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(corpus));
            assertThat(report.skippedCount()).isZero();
            assertThat(new BratExporter().export(store, ArticleSelection.all(), export, Progress.NONE)).isEqualTo(1);
        }
        assertThat(export.resolve("musk-interview.txt")).hasSameTextualContentAs(corpus.resolve("musk-interview.txt"));
        BratLines.Document original = BratLines.read(corpus.resolve("musk-interview.ann"));
        BratLines.Document exported = BratLines.read(export.resolve("musk-interview.ann"));
        assertThat(exported.spans()).containsExactlyElementsOf(original.spans());
        assertThat(exported.events()).containsExactlyElementsOf(original.events());
        assertThat(export.resolve("musk-interview.meta.json")).doesNotExist();
        String conf = Files.readString(export.resolve("annotation.conf"));
        assertThat(conf).contains("[events]\n\nAttribution\tContent+:<ENTITY>, Cue*:<ENTITY>, Source*:<ENTITY>\n")
                .contains("Attribution-no-source\tContent+:<ENTITY>, Cue*:<ENTITY>\n").contains("\nSource\n")
                .contains("<OVERLAP>");
        assertThat(Files.readString(export.resolve("visual.conf"))).contains("Source\tbgColor:#");
    }

    @Test
    void theFindingsCountADiscontinuousContentOnce() throws Exception {
        try (ProjectStore store = open("counted")) {
            new CorpusImporter(store).importPaths(List.of(attributionCorpus()));
            long id = store.articles().get(0).id();
            org.newsmark.model.CodedArticle counted = store.codedArticle(id).orElseThrow();
            // five contents, one of them ("will recover" ... "The company") in two fragments
            assertThat(store.links(id)).filteredOn(link -> link.type() == org.newsmark.model.RelationType.CONTINUES).hasSize(1);
            assertThat(counted.annotations()).isEqualTo(store.annotations(id).size() - 1);
            assertThat(counted.contents()).hasSize(5).extracting(org.newsmark.model.CodedContent::text)
                    .contains("\u201Cwill recover\u201D").doesNotContain("The company");
        }
    }

    @Test
    void bratsTutorialComesBackWithTheSameSpans() throws Exception {
        Path export = folder.resolve("tutorial");
        try (ProjectStore store = open("p")) {
            new CorpusImporter(store).importPaths(List.of(TUTORIAL));
            new BratExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
        }
        try (Stream<Path> anns = Files.list(TUTORIAL)) {
            for (Path ann : anns.filter(file -> file.toString().endsWith(".ann")).toList()) {
                Path back = export.resolve(ann.getFileName());
                assertThat(BratLines.read(back).spans()).as(ann.getFileName().toString())
                        .containsExactlyElementsOf(BratLines.read(ann).spans());
                Path text = TUTORIAL.resolve(ann.getFileName().toString().replace(".ann", ".txt"));
                assertThat(export.resolve(text.getFileName())).hasSameTextualContentAs(text);
            }
        }
        String conf = Files.readString(export.resolve("annotation.conf"));
        assertThat(conf).contains("Transaction\n\tTransfer-money\n").contains("Mention\tArg:<ENTITY>, Value:Name|Nominal");
        assertThat(Files.readString(export.resolve("000-introduction.ann"))).contains("\tAnnotatorNotes ")
                .contains("\t100000000 USD").contains("Individual T");
    }

    @Test
    void theSameBratFilesImportedAgainAreRefusedWholeNotAddedTwice() throws Exception {
        try (ProjectStore store = open("twice")) {
            new CorpusImporter(store).importPaths(List.of(TUTORIAL));
            ProjectView once = ProjectView.of(store);
            ImportReport again = new CorpusImporter(store).importPaths(List.of(TUTORIAL));
            List<ImportReport.FileReport> refused = again.files().stream().filter(ImportReport.FileReport::failed).toList();
            assertThat(refused).hasSize(9).allSatisfy(file -> assertThat(file.skipped().get(0).reason())
                    .contains("no ids of Newsmark's").contains("--annotator"));
            assertThat(again.files()).filteredOn(file -> !file.failed() && !file.isNote()) // the texts with an empty .ann
                    .hasSize(4).allSatisfy(file -> assertThat(file.duplicates()).singleElement()
                            .satisfies(duplicate -> assertThat(duplicate.merged().annotations()).isZero()));
            assertThat(ProjectView.of(store).lines()).containsExactlyElementsOf(once.lines());
        }
    }

    @Test
    void randomProjectsComeBackThroughBratWithTheirSpansAttributesNotesAndLinks() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Map<Long, java.util.Map<String, Long>> coders = new java.util.HashMap<>();
        for (long seed = 1; seed <= 12; seed++) {
            Path export = folder.resolve("random-" + seed);
            ProjectView expected;
            try (ProjectStore store = open("random-" + seed)) {
                RandomProjects.fill(store, seed, 4, 30, RandomProjects.Options.EVERYTHING);
                // brat keeps no people, and reads line ends as \n
                expected = ProjectView.of(store, span -> new ProjectView.Span(span.category(), span.fragments(), span.text(),
                        span.attributes(), span.note(), null), ProjectView::unixLineEnds, ProjectView::offsetWithUnixLineEnds);
                new BratExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
                coders.put(seed, coders(store));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try (ProjectStore back = open("back-" + seed)) { // several coders: text/ and attributions/ (sub-folders)
                ImportReport report = new CorpusImporter(back).run(List.of(org.newsmark.importing.ImportInput.file(export)),
                        new org.newsmark.importing.ImportOptions(java.nio.charset.StandardCharsets.UTF_8,
                                org.newsmark.importing.ImportOptions.DEFAULTS.mapping(), true, null),
                        CorpusImporter.Progress.NONE, () -> false);
                assertThat(report.skippedCount()).as("seed %d: %s", seed, report.files()).isZero();
                assertThat(ProjectView.of(back).lines()).as("seed %d", seed).containsExactlyElementsOf(expected.lines());
                assertThat(coders(back)).as("seed %d: each coder's annotations", seed).isEqualTo(coders.get(seed));
            }
            RandomProjects.Coverage.of(expected).forEach(seen::add);
        }
        assertThat(seen).as("what the random projects exercised").containsAll(RandomProjects.Coverage.ALL);
    }

    /** How many annotations each coder made in each article, by the article's title. */
    private static java.util.Map<String, Long> coders(ProjectStore store) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        store.articles().forEach(article -> store.annotations(article.id()).forEach(annotation ->
                counts.merge(article.title() + " / " + annotation.annotator(), 1L, Long::sum)));
        return counts;
    }

    @Test
    void onlyTheChosenArticlesAreExportedAndAnUnknownOneIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path export = folder.resolve("two");
        try (ProjectStore store = open("p")) {
            new CorpusImporter(store).importPaths(List.of(TUTORIAL));
            assertThat(new BratExporter().export(store, ArticleSelection.of(List.of(3L, 1L)), export, Progress.NONE)).isEqualTo(2);
            assertThatThrownBy(() -> new BratExporter().export(store, ArticleSelection.of(List.of(99L)), folder.resolve("none"),
                    Progress.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("no article 99");
        }
        try (Stream<Path> files = Files.list(export)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")))
                    .containsExactlyInAnyOrder("000-introduction.txt", "020-top_bar.txt");
        }
        assertThat(folder.resolve("none")).doesNotExist();
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplacedAnEarlierExportIsAndACancelledExportLeavesItAsItWas() throws Exception {
        Path mine = Files.createDirectory(folder.resolve("mine"));
        Files.writeString(mine.resolve("thesis.docx"), "mine");
        Path export = folder.resolve("export");
        try (ProjectStore store = open("p")) {
            new CorpusImporter(store).importPaths(List.of(TUTORIAL));
            assertThatThrownBy(() -> new BratExporter().export(store, ArticleSelection.all(), mine, Progress.NONE))
                    .isInstanceOf(ExportException.class).hasMessageContaining("not an earlier Newsmark export");
            assertThat(mine.resolve("thesis.docx")).exists();

            new BratExporter().export(store, ArticleSelection.of(List.of(1L)), export, Progress.NONE);
            new BratExporter().export(store, ArticleSelection.of(List.of(2L)), export, Progress.NONE);
            assertThat(export.resolve("010-navigation.txt")).exists();
            assertThat(export.resolve("000-introduction.txt")).doesNotExist();

            Progress cancelAfterOne = new Progress() {
                int updates;

                @Override
                public void update(double fraction, String message) {
                    updates++;
                }

                @Override
                public boolean isCancelled() {
                    return updates > 2;
                }
            };
            assertThatThrownBy(() -> new BratExporter().export(store, ArticleSelection.all(), export, cancelAfterOne))
                    .isInstanceOf(TaskCancelledException.class);
        }
        assertThat(export.resolve("010-navigation.txt")).exists();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains(".part-")
                    || name.contains(".old-"));
        }
    }
}
