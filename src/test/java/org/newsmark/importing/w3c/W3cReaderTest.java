package org.newsmark.importing.w3c;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportReport;
import org.newsmark.importing.ImportSource;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

class W3cReaderTest {

    static final Path EXAMPLES = Path.of("src/test/resources/fixtures/w3c/w3c-wd2-examples");
    static final Path HYPOTHESIS = Path.of("src/test/resources/fixtures/w3c/hypothesis");

    @TempDir
    Path folder;

    static Stream<Path> correct() throws Exception {
        return Files.list(EXAMPLES.resolve("correct")).sorted();
    }

    static Stream<Path> incorrect() throws Exception {
        return Files.list(EXAMPLES.resolve("incorrect")).sorted();
    }

    private static List<JsonNode> annotationsIn(JsonNode root) {
        List<JsonNode> annotations = new ArrayList<>();
        if (W3cChecks.hasType(root, "AnnotationCollection")) {
            root.path("first").path("items").forEach(annotations::add);
        } else {
            annotations.add(root);
        }
        return annotations;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correct")
    void everyExampleOfTheStandardIsValidAndRefusedOnlyForWantOfTheTextItAnnotates(Path file) throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (JsonNode annotation : annotationsIn(root)) {
            assertThat(W3cChecks.problems(annotation)).as(annotation.path("id").asText()).isEmpty();
        }
        assertThatThrownBy(() -> CollectingSink.readWith(new W3cReader(), ImportSource.ofFile(file, StandardCharsets.UTF_8, null, null)))
                .isInstanceOf(ImportException.class).hasMessageContaining("is neither in it nor beside it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incorrect")
    void everyDocumentTheStandardCallsIncorrectIsRefusedOrItsAnnotationFlagged(Path file) throws Exception {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(content);
        } catch (com.fasterxml.jackson.core.JacksonException notJson) {
            assertThatThrownBy(() -> CollectingSink.readWith(new W3cReader(), ImportSource.ofFile(file, StandardCharsets.UTF_8, null, null)))
                    .isInstanceOf(ImportException.class).hasMessageStartingWith("it is not JSON").hasMessageContaining("line ");
            return;
        }
        boolean refused;
        try {
            CollectingSink.readWith(new W3cReader(), ImportSource.ofFile(file, StandardCharsets.UTF_8, null, null));
            refused = false;
        } catch (ImportException e) {
            refused = e.getMessage().contains("@context") || e.getMessage().contains("holds no annotation");
        }
        assertThat(refused || annotationsIn(root).stream().allMatch(annotation -> !W3cChecks.problems(annotation).isEmpty()))
                .as(root.path("label").asText()).isTrue();
    }

    private ProjectStore open() {
        return SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    @Test
    void hypothesisAnnotationsAreAnchoredInThePageBesideThemWhichIsNoArticleOfItsOwn() throws Exception {
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(HYPOTHESIS));

            assertThat(report.importedCount()).isEqualTo(2);
            assertThat(report.files()).allMatch(file -> file.file().endsWith(".json") || file.isNote());
            Article minimal = store.articles().stream().map(a -> store.article(a.id()).orElseThrow())
                    .filter(a -> a.title().equals("minimal")).findFirst().orElseThrow();
            assertThat(store.annotations(minimal.id())).singleElement().satisfies(annotation -> {
                assertThat(annotation.text()).isEqualTo("Two");
                assertThat(minimal.text().substring(annotation.start(), annotation.end())).isEqualTo("Two");
            });
            Article wikipedia = store.articles().stream().map(a -> store.article(a.id()).orElseThrow())
                    .filter(a -> a.title().contains("Regression testing")).findFirst().orElseThrow();
            List<Annotation> annotations = store.annotations(wikipedia.id());
            assertThat(annotations).extracting(Annotation::text).contains("Regression testing", "11 November 2016",
                    "The purpose of regression testing is to ensure that changes such as those mentioned above have not "
                            + "introduced new faults");
            assertThat(annotations).extracting(Annotation::note).contains("Footer", "Heading");
            // The saved page's scripts count in a browser's text, not in the page's text: the quotes re-anchor them.
            assertThat(report.files()).flatExtracting(ImportReport.FileReport::skipped)
                    .anyMatch(skip -> skip.reason().startsWith("was re-anchored by its quote: its position said 11881\u201311897"));
        }
    }

    @Test
    void aQuoteFoundNowhereLeavesItsAnnotationOutAndAFileThatIsNoJsonSaysWhere() throws Exception {
        Path json = folder.resolve("notes.json");
        Files.writeString(json, "{\"rows\": [{\"id\": \"a\", \"text\": \"kept\", \"target\": [{\"selector\": ["
                + "{\"type\": \"TextQuoteSelector\", \"exact\": \"Musk\"}]}]},"
                + "{\"id\": \"b\", \"target\": [{\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"Bezos\"}]}]}]}");
        Files.writeString(folder.resolve("notes.txt"), "Musk said so.");
        Path broken = folder.resolve("broken.jsonld");
        Files.writeString(broken, "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n  \"type\": \"Annotation\",,\n}");
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(json, broken));

            assertThat(report.importedCount()).isEqualTo(1);
            assertThat(store.annotations(report.imported().get(0).articleId())).extracting(Annotation::text).containsExactly("Musk");
            assertThat(report.files().get(0).skipped()).singleElement().satisfies(skip -> {
                assertThat(skip.where()).isEqualTo("annotation b");
                assertThat(skip.reason()).contains("\u201CBezos\u201D is nowhere in the text");
            });
            assertThat(report.files().get(1).failed()).isTrue();
            assertThat(report.files().get(1).skipped().get(0).reason()).startsWith("it is not JSON").contains("line 3");
        }
    }
}
