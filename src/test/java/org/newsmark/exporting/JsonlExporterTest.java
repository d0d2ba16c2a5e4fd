package org.newsmark.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.TextFileImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;

class JsonlExporterTest {

    @TempDir
    Path folder;

    @Test
    void everyArticleIsOneLineWithAnnotationsWhoseOffsetsPointIntoItsText() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            new TextFileImporter(store, StandardCharsets.UTF_8).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
            Article bbc = store.article(store.articles().get(0).id()).orElseThrow();
            long claim = Annotations.category(store, "Claim");
            Annotation ddos = Annotations.of(bbc, "a massive DDoS attack on X", claim).withNote("no evidence given", java.time.Instant.now());
            // An emoji-free text still has curly quotes: offsets are UTF-16, as Java and JavaScript count.
            Annotation quote = Annotations.of(bbc, "“It is unlikely it would affect only one single service or feature on a website.”", Annotations.category(store, "Expert quote"));
            store.apply(List.of(AnnotationChange.create(ddos), AnnotationChange.create(quote)));

            assertThat(new JsonlExporter().export(store, out)).isEqualTo(11);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(11);
        JsonNode bbc = lines.get(0);
        assertThat(fieldNames(bbc)).containsExactly("id", "title", "standfirst", "source", "byline", "published", "url",
                "text", "note", "codes", "annotations", "links", "people");
        assertThat(bbc.get("source").asText()).isEqualTo("BBC");
        assertThat(bbc.get("byline").isNull()).isTrue();
        JsonNode first = bbc.get("annotations").get(0);
        assertThat(fieldNames(first)).containsExactly("id", "category", "start", "end", "text", "note", "annotator",
                "created", "updated", "attributes", "speaker");
        for (JsonNode annotation : bbc.get("annotations")) {
            String text = bbc.get("text").asText();
            assertThat(text.substring(annotation.get("start").asInt(), annotation.get("end").asInt()))
                    .isEqualTo(annotation.get("text").asText());
        }
        assertThat(bbc.get("annotations")).extracting(node -> node.get("category").asText())
                .containsExactlyInAnyOrder("Claim", "Expert quote");
        assertThat(lines.get(1).get("url").asText()).startsWith("https://en.wikinews.org/");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
