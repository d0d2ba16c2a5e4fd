package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.importing.collection.CollectionFiles.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.exporting.JsonlExporter;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CarriedWork.CarriedPerson;
import org.newsmark.importing.CarriedWork.Span;
import org.newsmark.importing.CarriedWork.SpanLink;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;

class NewsmarkExportRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void aProjectExportedAsJsonLinesReadsBackWithEverythingItsCodersDid() throws Exception {
        Path export = folder.resolve("project.jsonl");
        List<ArticleDraft> expectedArticles = new ArrayList<>();
        List<CarriedWork> expectedWork = new ArrayList<>();
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            codeTheBbcArticle(store);
            new JsonlExporter().exportTo(store, export);
            for (var summary : store.articles()) {
                Article article = store.article(summary.id()).orElseThrow();
                expectedArticles.add(new ArticleDraft(article.title(), article.standfirst(), article.source(),
                        article.byline(), article.published(), article.url(), article.text()));
                expectedWork.add(workOf(store, article));
            }
        }

        CollectingSink sink = CollectingSink.readWith(new JsonlReader(), source(export));

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.drafts()).containsExactlyElementsOf(expectedArticles);
        assertThat(sink.read).extracting(CollectingSink.Read::carried).containsExactlyElementsOf(expectedWork);
        CarriedWork bbc = sink.read.get(0).carried();
        assertThat(bbc.spans()).hasSize(3);
        assertThat(bbc.links()).hasSize(1);
        assertThat(bbc.people()).extracting(CarriedPerson::name).containsExactly("Anthony Lim");
        assertThat(bbc.codes()).containsEntry("Genre", "interview");
    }

    @Test
    void annotationsThatNoLongerFitTheTextAreDroppedAndSaidSoWhileTheArticleIsRead() throws Exception {
        Path export = folder.resolve("project.jsonl");
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            codeTheBbcArticle(store);
            new JsonlExporter().exportTo(store, export);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>(Files.readAllLines(export, StandardCharsets.UTF_8));
        ObjectNode bbc = (ObjectNode) json.readTree(lines.get(0));
        ArrayNode annotations = (ArrayNode) bbc.get("annotations");
        int length = bbc.get("text").asText().length();
        String secondQuote = annotations.get(1).get("text").asText();
        ((ObjectNode) annotations.get(0)).put("start", length - 2).put("end", length + 10);
        ((ObjectNode) annotations.get(1)).put("text", "words the article does not have here");
        lines.set(0, json.writeValueAsString(bbc));
        Files.write(export, lines, StandardCharsets.UTF_8);

        CollectingSink sink = CollectingSink.readWith(new JsonlReader(), source(export));

        assertThat(sink.read).hasSize(11);
        assertThat(sink.read.get(0).carried().spans()).hasSize(1);
        assertThat(sink.read.get(0).carried().links()).isEmpty();
        assertThat(sink.skipped).extracting(skip -> skip.where() + " " + skip.reason()).containsExactly(
                "line 1, annotation 1 was dropped: its offsets " + (length - 2) + "–" + (length + 10)
                        + " fall outside the text (" + length + " characters)",
                "line 1, annotation 2 was dropped: it quotes \u201Cwords the article does not have here\u201D but the text at "
                        + annotations.get(1).get("start").asInt() + "–" + annotations.get(1).get("end").asInt()
                        + " reads \u201C" + secondQuote + "\u201D",
                "line 1, link 1 was dropped: it joins annotations that were not read");
    }

    /** Codes the BBC sample as a coder would: an attributed expert quote, a claim, a person, codes and a note. */
    private static void codeTheBbcArticle(ProjectStore store) {
        new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        Person lim = Person.named("Anthony Lim", now).withDetails("Anthony Lim", "expert", "Director, CSCIS", "SUTD", now)
                .withAliases(List.of("Mr Lim"), now);
        Article bbc = store.article(store.articles().get(0).id()).orElseThrow();
        Category quoteCategory = store.codebook().byName("Expert quote").orElseThrow();
        Annotation mention = Annotations.of(bbc, "Anthony Lim", Annotations.category(store, "Speaker")).withPerson(lim.id(), now);
        Annotation quote = Annotations.of(bbc, "\u201CIt is unlikely it would affect only one single service or feature on a website.\u201D",
                quoteCategory.id()).withAttribute(quoteCategory.attributes().get(0).id(), "direct", now)
                .withNote("Says the outage claim is implausible", now);
        Annotation claim = Annotations.of(bbc, "a massive DDoS attack on X", Annotations.category(store, "Claim"));
        Link link = Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, quote.id(), mention.id(), now);
        ArticleCoding coding = store.coding(bbc.id());
        AttributeDefinition genre = store.codebook().documentFields().get(0);
        store.apply(List.of(new PersonChange(null, lim), AnnotationChange.create(mention), AnnotationChange.create(quote),
                AnnotationChange.create(claim), LinkChange.create(link),
                new ArticleCodingChange(coding, coding.withNote("A friendly interview").withValue(genre.id(), "interview"))));
    }

    /** What the export of an article should carry back, built from the project itself. */
    private static CarriedWork workOf(ProjectStore store, Article article) {
        Codebook codebook = store.codebook();
        List<Span> spans = new ArrayList<>();
        for (Annotation annotation : store.annotations(article.id())) {
            Map<String, String> attributes = new LinkedHashMap<>();
            codebook.category(annotation.categoryId()).ifPresent(category -> codebook.attributesOf(category).forEach(
                    attribute -> {
                        if (annotation.attributes().containsKey(attribute.id())) {
                            attributes.put(attribute.name(), annotation.attributes().get(attribute.id()));
                        }
                    }));
            spans.add(new Span(annotation.id().toString(), codebook.category(annotation.categoryId()).orElseThrow().name(),
                    annotation.start(), annotation.end(), annotation.note(), annotation.annotator(), attributes,
                    annotation.personId() == null ? null : annotation.personId().toString()));
        }
        List<SpanLink> links = store.links(article.id()).stream()
                .map(link -> new SpanLink(link.id().toString(), link.type().code(), link.from().toString(), link.to().toString())).toList();
        List<CarriedPerson> people = store.annotations(article.id()).stream().map(Annotation::personId)
                .filter(java.util.Objects::nonNull).distinct()
                .map(id -> store.people().stream().filter(person -> person.id().equals(id)).findFirst().orElseThrow())
                .map(person -> new CarriedPerson(person.id().toString(), person.name(), person.type(), person.role(),
                        person.affiliation(), person.aliases()))
                .toList();
        ArticleCoding coding = store.coding(article.id());
        Map<String, String> codes = new LinkedHashMap<>();
        codebook.documentFields().forEach(field -> {
            if (coding.values().containsKey(field.id())) {
                codes.put(field.name(), coding.values().get(field.id()));
            }
        });
        return new CarriedWork(coding.note(), codes, spans, links, people);
    }
}
