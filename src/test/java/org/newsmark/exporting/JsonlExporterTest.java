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
import org.newsmark.importing.CorpusImporter;
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
            new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
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

    @Test
    void attributesLinksPeopleAndTheArticlesCodesAreExported() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        java.time.Instant now = java.time.Instant.parse("2026-11-27T12:00:00Z");
        org.newsmark.model.Person lim = org.newsmark.model.Person.named("Anthony Lim", now)
                .withDetails("Anthony Lim", "expert", "Director, CSCIS", "", now);
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC));
            Article bbc = store.article(1).orElseThrow();
            org.newsmark.model.Category quoteCategory = store.codebook().byName("Expert quote").orElseThrow();
            Annotation quote = Annotations.of(bbc, "\u201CIt is unlikely it would affect only one single service or feature on a website.\u201D",
                    quoteCategory.id()).withAttribute(quoteCategory.attributes().get(0).id(), "direct", now);
            Annotation mention = Annotations.of(bbc, "Anthony Lim", Annotations.category(store, "Speaker")).withPerson(lim.id(), now);
            org.newsmark.model.Link link = org.newsmark.model.Link.of(bbc.id(), org.newsmark.model.RelationType.ATTRIBUTED_TO,
                    quote.id(), mention.id(), now);
            org.newsmark.model.ArticleCoding coding = store.coding(bbc.id());
            org.newsmark.model.AttributeDefinition genre = store.codebook().documentFields().get(0);
            store.apply(List.of(new org.newsmark.model.PersonChange(null, lim), AnnotationChange.create(quote),
                    AnnotationChange.create(mention), org.newsmark.model.LinkChange.create(link),
                    new org.newsmark.model.ArticleCodingChange(coding, coding.withNote("An interview").withValue(genre.id(), "interview"))));
            new JsonlExporter().export(store, out);
        }
        JsonNode line = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(line.get("note").asText()).isEqualTo("An interview");
        assertThat(line.get("codes").get("Genre").asText()).isEqualTo("interview");
        JsonNode quote = line.get("annotations").get(1);
        assertThat(quote.get("category").asText()).isEqualTo("Expert quote");
        assertThat(quote.get("attributes").get("Direct or indirect").asText()).isEqualTo("direct");
        assertThat(quote.get("speaker").isNull()).isTrue();
        JsonNode mention = line.get("annotations").get(0);
        assertThat(mention.get("text").asText()).isEqualTo("Anthony Lim");
        assertThat(mention.get("speaker").asText()).isEqualTo(lim.id().toString());
        JsonNode exportedLink = line.get("links").get(0);
        assertThat(fieldNames(exportedLink)).containsExactly("id", "type", "from", "to");
        assertThat(exportedLink.get("type").asText()).isEqualTo("attributed_to");
        assertThat(exportedLink.get("from").asText()).isEqualTo(quote.get("id").asText());
        assertThat(exportedLink.get("to").asText()).isEqualTo(mention.get("id").asText());
        JsonNode person = line.get("people").get(0);
        assertThat(person.get("name").asText()).isEqualTo("Anthony Lim");
        assertThat(person.get("role").asText()).isEqualTo("Director, CSCIS");
    }
}
