package org.newsmark.exporting.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.Progress;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.ProjectView;
import org.newsmark.testing.RandomProjects;

class W3cRoundTripTest {

    @TempDir
    Path folder;

    private ProjectStore open(String name) {
        return SqliteProjectStore.open(folder.resolve(name + ".newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    @Test
    void randomProjectsComeBackThroughWebAnnotationsWithEverythingTheirCodersDid() {
        Set<String> seen = new HashSet<>();
        for (long seed = 201; seed <= 212; seed++) {
            Path export = folder.resolve("random-" + seed);
            ProjectView expected;
            try (ProjectStore store = open("random-" + seed)) {
                RandomProjects.fill(store, seed, 4, 30, RandomProjects.Options.EVERYTHING);
                expected = ProjectView.of(store);
                new W3cExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
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
    void annotationsAndTheirFragmentsKeepTheirIdsSoImportingTheExportAgainAddsNothing() throws IOException {
        for (long seed = 221; seed <= 224; seed++) {
            Path export = folder.resolve("again-" + seed);
            ProjectView expected;
            try (ProjectStore store = open("again-" + seed)) {
                RandomProjects.fill(store, seed, 3, 30, RandomProjects.Options.EVERYTHING);
                expected = ProjectView.of(store);
                new W3cExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
                ImportReport again = new CorpusImporter(store).importPaths(List.of(export)); // back into its project
                assertThat(again.skippedCount()).as("seed %d: %s", seed, again.files()).isZero();
                assertThat(again.duplicateCount()).as("seed %d", seed).isEqualTo(3);
                assertThat(ProjectView.of(store).lines()).as("seed %d", seed).containsExactlyElementsOf(expected.lines());
                assertThat(store.allLinks()).as("seed %d", seed).hasSize(linkCount(store));
            }
            try (ProjectStore back = open("again-back-" + seed)) {
                new CorpusImporter(back).importPaths(List.of(export));
                int annotations = annotationCount(back);
                int links = back.allLinks().size();
                ImportReport twice = new CorpusImporter(back).importPaths(List.of(export));
                assertThat(twice.skippedCount()).as("seed %d: %s", seed, twice.files()).isZero();
                assertThat(annotationCount(back)).as("seed %d", seed).isEqualTo(annotations);
                assertThat(back.allLinks()).as("seed %d", seed).hasSize(links);
                assertThat(ProjectView.of(back).lines()).as("seed %d", seed).containsExactlyElementsOf(expected.lines());
            }
        }
    }

    @Test
    void anArticleNobodyHasCodedYetTravelsWithItsText() throws IOException {
        Path export = folder.resolve("uncoded");
        String text = "Not coded yet\n\nThe council met on Tuesday.";
        try (ProjectStore store = open("uncoded")) {
            store.addArticle(new ArticleDraft("Not coded yet", null, "Wikinews", null, "2026-12-01", null, text));
            new W3cExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
        }
        try (ProjectStore back = open("uncoded-back")) {
            ImportReport report = new CorpusImporter(back).importPaths(List.of(export));
            assertThat(report.skippedCount()).as("%s", report.files()).isZero();
            assertThat(back.articles()).singleElement().satisfies(article -> {
                assertThat(article.title()).isEqualTo("Not coded yet");
                assertThat(back.article(article.id()).orElseThrow().text()).isEqualTo(text);
            });
        }
    }

    private static int annotationCount(ProjectStore store) {
        return store.articles().stream().mapToInt(article -> store.annotations(article.id()).size()).sum();
    }

    private static int linkCount(ProjectStore store) {
        return store.articles().stream().mapToInt(article -> store.links(article.id()).size()).sum();
    }

    @Test
    void positionsCountCodePointsQuotesHoldTheWordsAndTheArticleTravelsWithItsAnnotations() throws Exception {
        Path export = folder.resolve("export");
        String text = "Headline 😀\n\nMr Musk 🚀 said the attack on 𝕏 was massive.";
        try (ProjectStore store = open("p")) {
            long id = store.addArticle(new ArticleDraft("Headline 😀", null, "BBC", "A. Writer", "2026-11-27",
                    "https://example.org/a", text)).id();
            Article article = store.article(id).orElseThrow();
            Annotation quoted = Annotations.of(article, "the attack on 𝕏 was massive", Annotations.category(store, "Claim"));
            // the project's own coder's work: the note and codes travel as that coder's (docs/formats.md)
            Annotation claim = new Annotation(quoted.id(), id, quoted.categoryId(), quoted.start(), quoted.end(), quoted.text(),
                    quoted.prefix(), quoted.suffix(), "", store.coder(), quoted.created(), quoted.updated(), null, Map.of());
            ArticleCoding coding = store.coding(id);
            store.apply(List.of(AnnotationChange.create(claim), new ArticleCodingChange(coding, coding.withNote("checked")
                    .withValue(store.codebook().documentFields().get(0).id(), "interview"))));
            new W3cExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
        }
        Path file;
        try (Stream<Path> files = Files.list(export)) {
            file = files.filter(path -> path.toString().endsWith(".jsonld")).findFirst().orElseThrow();
        }
        JsonNode collection = new ObjectMapper().readTree(file.toFile());
        assertThat(collection.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("nm:article").get("nm:text").asText()).isEqualTo(text);
        assertThat(collection.get("nm:article").get("nm:codes").get("Genre").asText()).isEqualTo("interview");
        JsonNode annotation = collection.get("first").get("items").get(0);
        assertThat(annotation.get("type").asText()).isEqualTo("Annotation");
        assertThat(annotation.get("body").get(0).get("purpose").asText()).isEqualTo("classifying");
        assertThat(annotation.get("body").get(0).get("value").asText()).isEqualTo("Claim");
        JsonNode selectors = annotation.get("target").get(0).get("selector");
        int start = text.indexOf("the attack");
        assertThat(selectors.get(0).get("exact").asText()).isEqualTo("the attack on 𝕏 was massive");
        assertThat(selectors.get(0).get("prefix").asText()).endsWith("Mr Musk 🚀 said ");
        assertThat(selectors.get(1).get("start").asInt()).isEqualTo(text.codePointCount(0, start)).isEqualTo(start - 2);
        assertThat(selectors.get(1).get("end").asInt()).isEqualTo(text.codePointCount(0, start + "the attack on 𝕏 was massive".length()));
        assertThat(Instant.parse(annotation.get("created").asText())).isNotNull();

        try (ProjectStore back = open("back")) {
            ImportReport report = new CorpusImporter(back).importPaths(List.of(export));
            Article article = back.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(article.title()).isEqualTo("Headline 😀");
            assertThat(article.source()).isEqualTo("BBC");
            assertThat(article.url()).isEqualTo("https://example.org/a");
            assertThat(back.coding(article.id()).note()).isEqualTo("checked");
            assertThat(back.annotations(article.id())).extracting(Annotation::text).containsExactly("the attack on 𝕏 was massive");
        }
    }

    @Test
    void aPositionThatNoLongerFitsTheTextIsReanchoredByItsQuoteAndSaidSo() throws Exception {
        Path export = folder.resolve("export");
        try (ProjectStore store = open("p")) {
            long id = store.addArticle(new ArticleDraft("T", null, null, null, null, null, "One said two. Then one said three."))
                    .id();
            Article article = store.article(id).orElseThrow();
            store.apply(List.of(AnnotationChange.create(Annotations.of(article, "said three", Annotations.category(store, "Cue")))));
            new W3cExporter().export(store, ArticleSelection.all(), export, Progress.NONE);
        }
        Path file;
        try (Stream<Path> files = Files.list(export)) {
            file = files.filter(path -> path.toString().endsWith(".jsonld")).findFirst().orElseThrow();
        }
        String edited = Files.readString(file).replace("\"start\" : 23", "\"start\" : 4").replace("\"end\" : 33", "\"end\" : 14");
        assertThat(edited).contains("\"start\" : 4");
        Files.writeString(file, edited);
        try (ProjectStore back = open("back")) {
            ImportReport report = new CorpusImporter(back).importPaths(List.of(file));
            assertThat(back.annotations(report.imported().get(0).articleId())).extracting(Annotation::start).containsExactly(23);
            assertThat(report.files().get(0).skipped()).singleElement()
                    .satisfies(skip -> assertThat(skip.reason()).contains("re-anchored").contains("4\u201314").contains("23\u201333"));
        }
    }
}
