package org.newsmark.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.Progress;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.ProjectView;
import org.newsmark.testing.RandomProjects;

/** doccano and Newsmark's JSON Lines: export, import into a new project, compare. */
class StreamExportRoundTripTest {

    @TempDir
    Path folder;

    private ProjectStore open(String name) {
        return SqliteProjectStore.open(folder.resolve(name + ".newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    /** Exports each seed's random project with {@code exporter}, imports it back and compares the two under {@code loss}. */
    private void roundTrip(StreamExporter exporter, long firstSeed, ProjectView.Loss loss) {
        Set<String> seen = new HashSet<>();
        for (long seed = firstSeed; seed < firstSeed + 12; seed++) {
            Path export = folder.resolve("random-" + seed + "." + exporter.extension());
            ProjectView expected;
            try (ProjectStore store = open(exporter.format() + "-" + seed)) {
                RandomProjects.fill(store, seed, 4, 30, RandomProjects.Options.EVERYTHING);
                // JSON Lines collections are read with their line ends made \n (every collection reader does so)
                expected = ProjectView.of(store, loss, ProjectView::unixLineEnds, ProjectView::offsetWithUnixLineEnds);
                assertThat(exporter.export(store, ArticleSelection.all(), export, Progress.NONE)).isEqualTo(4);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (ProjectStore back = open(exporter.format() + "-back-" + seed)) {
                ImportReport report = new CorpusImporter(back).importPaths(List.of(export));
                assertThat(report.skippedCount()).as("seed %d: %s", seed, report.files()).isZero();
                assertThat(ProjectView.of(back).lines()).as("seed %d", seed).containsExactlyElementsOf(expected.lines());
            }
            RandomProjects.Coverage.of(expected).forEach(seen::add);
        }
        assertThat(seen).contains("discontinuous span", "attributed_to", "cue", "about", "span at the start", "span at the end",
                "character outside the BMP");
    }

    @Test
    void randomProjectsComeBackThroughDoccanoWithTheirSpansCategoriesAndLinks() {
        roundTrip(new DoccanoExporter(), 301, span -> new ProjectView.Span(span.category(), span.fragments(), span.text(),
                java.util.Map.of(), "", null));
    }

    @Test
    void randomProjectsComeBackThroughNewsmarksJsonLinesWhole() {
        roundTrip(new JsonlExporter(), 401, span -> span);
    }

    @Test
    void doccanoLinesHoldEntitiesAndRelationsAsDoccanoWritesThem() throws Exception {
        StringWriter out = new StringWriter();
        try (ProjectStore store = open("p")) {
            long id = store.addArticle(new ArticleDraft("Musk 😀 interview", null, "BBC", null, null, null,
                    "Musk 😀 said the attack was massive.")).id();
            Article article = store.article(id).orElseThrow();
            Annotation speaker = Annotations.of(article, "Musk", Annotations.category(store, "Speaker"));
            Annotation claim = Annotations.of(article, "the attack was massive", Annotations.category(store, "Claim"));
            store.apply(List.of(AnnotationChange.create(speaker), AnnotationChange.create(claim),
                    LinkChange.create(Link.of(id, RelationType.ATTRIBUTED_TO, claim.id(), speaker.id(), claim.created()))));
            assertThat(new DoccanoExporter().write(store, ArticleSelection.all(), out, Progress.NONE)).isEqualTo(1);
        }
        JsonNode line = new ObjectMapper().readTree(out.toString().strip());
        assertThat(line.get("text").asText()).isEqualTo("Musk 😀 said the attack was massive.");
        assertThat(line.get("entities")).hasSize(2);
        JsonNode claim = line.get("entities").get(1);
        assertThat(claim.get("label").asText()).isEqualTo("Claim");
        // UTF-16 code units, as doccano's editor counts: the emoji takes two
        assertThat(claim.get("start_offset").asInt()).isEqualTo(13);
        assertThat(line.get("relations").get(0).get("type").asText()).isEqualTo("attributed_to");
        assertThat(line.get("relations").get(0).get("from_id").asInt()).isEqualTo(claim.get("id").asInt());
        assertThat(line.get("source").asText()).isEqualTo("BBC");
    }

    @Test
    void aFileExportIsReplacedOnlyWhenCompleteAndNeverOverTheProject() throws Exception {
        Path target = folder.resolve("out.jsonl");
        Files.writeString(target, "an earlier export\n");
        try (ProjectStore store = open("p")) {
            RandomProjects.fill(store, 3, 3, 5, RandomProjects.Options.EVERYTHING);
            Progress cancelAtOnce = new Progress() {
                @Override
                public void update(double fraction, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DoccanoExporter().export(store, ArticleSelection.all(),
                    target, cancelAtOnce)).isInstanceOf(org.newsmark.task.TaskCancelledException.class);
            assertThat(target).hasContent("an earlier export");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DoccanoExporter().export(store, ArticleSelection.all(),
                    store.file(), Progress.NONE)).isInstanceOf(IOException.class).hasMessageContaining("project file");
        }
    }
}
