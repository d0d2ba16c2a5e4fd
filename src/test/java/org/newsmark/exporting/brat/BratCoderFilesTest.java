package org.newsmark.exporting.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.formats.BratNames;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.Progress;
import org.newsmark.testing.BratLines;

/**
 * A brat corpus with one annotation file per coder, laid out as PolNeAR is ({@code text/name.txt},
 * {@code attributions/name_coder.ann}), on sentences of our own: each coder's work comes in as that
 * coder's and goes back out to the same files.
 */
class BratCoderFilesTest {

    @TempDir
    Path folder;

    private static final String MUSK = "Mr Musk 🚀 said the attack on 𝕏 was massive. The company, a spokeswoman told the BBC, will recover.";
    private static final String BUDGET = "Ministers said on Tuesday that the budget was balanced.";

    private ProjectStore open(String name) {
        return SqliteProjectStore.open(folder.resolve(name + ".newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    private static String offsets(String text, String quote) {
        int start = text.indexOf(quote);
        return text.codePointCount(0, start) + " " + text.codePointCount(0, start + quote.length());
    }

    private static String attribution(String text, int n, String source, String cue, String content) {
        int t = 4 * (n - 1);
        return String.join("\n",
                "T" + (t + 1) + "\tSource " + offsets(text, source) + "\t" + source,
                "T" + (t + 2) + "\tCue " + offsets(text, cue) + "\t" + cue,
                "T" + (t + 3) + "\tContent " + offsets(text, content) + "\t" + content,
                "T" + (t + 4) + "\tAttribution " + offsets(text, cue) + "\t" + cue,
                "E" + n + "\tAttribution:T" + (t + 4) + " Content:T" + (t + 3) + " Cue:T" + (t + 2) + " Source:T" + (t + 1), "");
    }

    private Path corpus() throws Exception {
        Path corpus = folder.resolve("polnear-like");
        Path text = Files.createDirectories(corpus.resolve("text"));
        Path attributions = Files.createDirectories(corpus.resolve("attributions"));
        Files.writeString(text.resolve("musk_2016-10-01_interview.txt"), MUSK, StandardCharsets.UTF_8);
        Files.writeString(text.resolve("budget.txt"), BUDGET, StandardCharsets.UTF_8);
        Files.writeString(attributions.resolve("musk_2016-10-01_interview_4e07.ann"),
                attribution(MUSK, 1, "Mr Musk", "said", "the attack on 𝕏 was massive")
                        + attribution(MUSK, 2, "a spokeswoman", "told the BBC", "will recover"), StandardCharsets.UTF_8);
        Files.writeString(attributions.resolve("musk_2016-10-01_interview_ef2d.ann"),
                attribution(MUSK, 1, "Mr Musk 🚀", "said", "the attack on 𝕏 was massive."), StandardCharsets.UTF_8);
        Files.writeString(attributions.resolve("budget_ef2d.ann"),
                attribution(BUDGET, 1, "Ministers", "said", "the budget was balanced"), StandardCharsets.UTF_8);
        return corpus;
    }

    private static ImportOptions recursive() {
        return new ImportOptions(StandardCharsets.UTF_8, ImportOptions.DEFAULTS.mapping(), true, null);
    }

    @Test
    void eachCodersFileComesInAsThatCodersWorkAndGoesBackOutToTheSameFile() throws Exception {
        Path corpus = corpus();
        Path export = folder.resolve("export");
        try (ProjectStore store = open("p")) {
            ImportReport report = new CorpusImporter(store).run(List.of(ImportInput.file(corpus)), recursive(),
                    CorpusImporter.Progress.NONE, () -> false);
            assertThat(report.skippedCount()).as("%s", report.files()).isZero();
            assertThat(report.importedCount()).isEqualTo(2);
            long musk = idOf(store, "musk_2016-10-01_interview");
            assertThat(store.articleCoders().get(musk)).containsExactly("4e07", "ef2d");
            assertThat(store.annotations(musk)).extracting(Annotation::annotator).containsOnly("4e07", "ef2d");
            assertThat(store.annotations(musk)).filteredOn(annotation -> annotation.annotator().equals("4e07")).hasSize(6);
            assertThat(store.links(musk)).hasSize(6);

            new BratExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
        }
        assertThat(names(export.resolve("text"))).containsExactly("budget.txt", "musk_2016-10-01_interview.txt");
        assertThat(names(export.resolve("attributions"))).containsExactly("budget_ef2d.ann",
                "musk_2016-10-01_interview_4e07.ann", "musk_2016-10-01_interview_ef2d.ann");
        assertThat(export.resolve("annotation.conf")).exists();
        for (String name : names(corpus.resolve("attributions"))) {
            BratLines.Document original = BratLines.read(corpus.resolve("attributions").resolve(name));
            BratLines.Document exported = BratLines.read(export.resolve("attributions").resolve(name));
            assertThat(exported.spans()).as(name).containsExactlyElementsOf(original.spans());
            assertThat(exported.events()).as(name).containsExactlyElementsOf(original.events());
        }
        assertThat(export.resolve("text/musk_2016-10-01_interview.txt")).hasContent(MUSK);

        try (ProjectStore back = open("back")) { // and the export reads back the same
            ImportReport report = new CorpusImporter(back).run(List.of(ImportInput.file(export)), recursive(),
                    CorpusImporter.Progress.NONE, () -> false);
            assertThat(report.skippedCount()).as("%s", report.files()).isZero();
            assertThat(back.articleCoders().values()).extracting(SortedSet::size).containsExactlyInAnyOrder(2, 1);
        }
    }

    @Test
    void theTextFolderOrTheCodersFolderAloneBringsTheOther() throws Exception {
        Path corpus = corpus();
        for (String part : List.of("text", "attributions")) {
            try (ProjectStore store = open("only-" + part)) {
                ImportReport report = new CorpusImporter(store).importPaths(List.of(corpus.resolve(part)));
                assertThat(report.importedCount()).as(part + ": %s", report.files()).isEqualTo(2);
                assertThat(store.articleCoders().get(idOf(store, "musk_2016-10-01_interview"))).containsExactly("4e07", "ef2d");
            }
        }
    }

    @Test
    void aCodersFileWithoutItsTextIsSkippedWithTheReason() throws Exception {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("attributions/missing_2016_ef2d.ann"), "T1\tSource 0 2\tMr\n");
        try (ProjectStore store = open("p")) {
            ImportReport report = new CorpusImporter(store).run(List.of(ImportInput.file(corpus)), recursive(),
                    CorpusImporter.Progress.NONE, () -> false);
            assertThat(report.importedCount()).isEqualTo(2);
            assertThat(report.files()).filteredOn(ImportReport.FileReport::failed).singleElement()
                    .satisfies(file -> assertThat(file.skipped().get(0).reason())
                            .contains("missing_2016_ef2d.txt is not beside it, nor text/missing_2016.txt beside its folder"));
        }
    }

    @Test
    void anArticleOfOneCoderIsExportedAsAPairAndSeveralCodersAsCoderFiles() throws Exception {
        Path pairs = folder.resolve("pairs");
        try (ProjectStore store = open("one")) {
            Path corpus = corpus();
            Files.delete(corpus.resolve("attributions/musk_2016-10-01_interview_4e07.ann"));
            new CorpusImporter(store).run(List.of(ImportInput.file(corpus)), recursive(), CorpusImporter.Progress.NONE, () -> false);
            new BratExporter().export(store, ArticleSelection.all(), pairs, Progress.NONE);
        }
        assertThat(names(pairs)).contains("budget.txt", "budget.ann", "musk_2016-10-01_interview.ann")
                .doesNotContain("text", "attributions");
    }

    @Test
    void coderNamesOfAnyKindComeBackFromTheirFileNames() {
        for (String coder : List.of("ef2d", "Ana_B", "José María", "a/b\\c:d", "coder 😀", "%41", "x_")) {
            String file = BratNames.coderFileName("nyt_2016-09-08_obama", coder);
            assertThat(file).endsWith(".ann").doesNotContain("/", "\\", ":", " ");
            assertThat(file.substring(0, file.length() - 4)).matches("nyt_2016-09-08_obama_[^_]+");
            assertThat(BratNames.documentAndCoder(file)).containsExactly("nyt_2016-09-08_obama", coder);
        }
    }

    private static long idOf(ProjectStore store, String title) {
        return store.articles().stream().filter(article -> article.title().equals(title)).mapToLong(ArticleSummary::id)
                .findFirst().orElseThrow();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            SortedSet<String> names = new TreeSet<>();
            files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).forEach(names::add);
            return List.copyOf(names);
        }
    }
}
