package org.newsmark.exporting.webanno;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportReport;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.Progress;
import org.newsmark.testing.ProjectView;
import org.newsmark.testing.RandomProjects;

class WebAnnoTsvRoundTripTest {

    @TempDir
    Path folder;

    private ProjectStore open(String name) {
        return SqliteProjectStore.open(folder.resolve(name + ".newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    @Test
    void randomProjectsComeBackThroughWebAnnoTsvWithTheirTextSpansAttributesNotesPeopleAndLinks() {
        Set<String> seen = new HashSet<>();
        for (long seed = 101; seed <= 112; seed++) {
            Path export = folder.resolve("random-" + seed);
            ProjectView expected;
            try (ProjectStore store = open("random-" + seed)) {
                RandomProjects.fill(store, seed, 4, 30, RandomProjects.Options.EVERYTHING);
                expected = ProjectView.of(store);
                new WebAnnoTsvExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (ProjectStore back = open("back-" + seed)) {
                ImportReport report = new CorpusImporter(back).importPaths(List.of(export));
                assertThat(report.skippedCount()).as("seed %d: %s", seed, report.files()).isZero();
                assertThat(ProjectView.of(back).lines()).as("seed %d", seed).containsExactlyElementsOf(expected.lines());
            }
            RandomProjects.Coverage.of(expected).forEach(seen::add);
        }
        assertThat(seen).containsAll(RandomProjects.Coverage.ALL);
    }

    @Test
    void aGumDocumentComesBackWithTheSameMentions() throws Exception {
        Path gum = Path.of("src/test/resources/fixtures/webanno-tsv/gum/GUM_news_iodine.tsv");
        Path export = folder.resolve("export");
        ProjectView expected;
        try (ProjectStore store = open("gum")) {
            new CorpusImporter(store).importPaths(List.of(gum));
            expected = ProjectView.of(store);
            new WebAnnoTsvExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
        }
        try (ProjectStore back = open("back")) {
            ImportReport report = new CorpusImporter(back).importPaths(List.of(export));
            assertThat(report.importedCount()).isEqualTo(1);
            assertThat(ProjectView.of(back).lines()).containsExactlyElementsOf(expected.lines());
        }
    }

    @Test
    void theFileIsTsv33AsInceptionWritesIt() throws Exception {
        Path export = folder.resolve("export");
        try (ProjectStore store = open("p")) {
            RandomProjects.fill(store, 7, 1, 12, RandomProjects.Options.EVERYTHING);
            new WebAnnoTsvExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
        }
        Path tsv;
        try (Stream<Path> files = Files.list(export)) {
            tsv = files.filter(file -> file.toString().endsWith(".tsv")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("#FORMAT=WebAnno TSV 3.3");
        assertThat(lines.get(1)).startsWith("#T_SP=webanno.custom.Newsmark|category|note|person|Role_as_described|");
        assertThat(lines.get(2)).isEqualTo("#T_RL=webanno.custom.NewsmarkLink|type|BT_webanno.custom.Newsmark");
        assertThat(lines.subList(3, 5)).containsOnly("");
        assertThat(lines.get(5)).startsWith("#Text=");
        int columns = lines.get(1).split("\\|").length - 1 + 2;
        String previousEnd = null;
        for (String line : lines.subList(5, lines.size())) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            assertThat(fields).as(line).hasSize(3 + columns + 1);
            assertThat(fields[fields.length - 1]).isEmpty();
            assertThat(fields[2]).doesNotContainAnyWhitespaces().isNotEmpty();
            previousEnd = fields[1];
        }
        assertThat(previousEnd).isNotNull();
        assertThat(Files.readString(tsv)).endsWith("\t\n");
    }
}
