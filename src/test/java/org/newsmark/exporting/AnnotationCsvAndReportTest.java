package org.newsmark.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;

/** The annotation table for R and pandas, and the printable report of one article, on hostile text. */
class AnnotationCsvAndReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TEXT = "Alert <script>alert('x')</script> & more\n"
            + "=cmd|' /C calc'!A0 said the minister, \"we will act, now\".\nNothing else.";

    @TempDir
    Path folder;

    private ProjectStore store;
    private Article article;
    private Annotation claim;
    private Annotation minister;

    @BeforeEach
    void code() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        long id = store.addArticle(new ArticleDraft("<b>Alert</b> & \"more\"", null, "Daily <News>", null, "2024-05-02",
                null, TEXT)).id();
        article = store.article(id).orElseThrow();
        Person person = new Person(UUID.randomUUID(), "<i>Minister</i>", "politician", "", "", List.of(), NOW, NOW);
        AttributeDefinition challenged = store.codebook().byName("Claim").orElseThrow().attributes().get(0);
        claim = Annotations.of(article, "\"we will act, now\"", Annotations.category(store, "Claim"))
                .withAttributes(Map.of(challenged.id(), "no"), NOW).withNote("=1+1 <b>bold</b>", NOW);
        minister = Annotations.of(article, "the minister", Annotations.category(store, "Politician")).withPerson(person.id(), NOW);
        Annotation script = Annotations.of(article, "<script>alert('x')</script>", Annotations.category(store, "Context"));
        Annotation cue = Annotations.of(article, "said", Annotations.category(store, "Cue"));
        store.apply(List.of(new PersonChange(null, person), AnnotationChange.create(claim), AnnotationChange.create(minister),
                AnnotationChange.create(script), AnnotationChange.create(cue),
                LinkChange.create(Link.of(id, RelationType.ATTRIBUTED_TO, claim.id(), minister.id(), NOW)),
                LinkChange.create(Link.of(id, RelationType.CUE, claim.id(), cue.id(), NOW))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<CSVRecord> read(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void oneRowPerAnnotationWithEveryAttributeAsAColumn() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(new AnnotationCsvExporter(false).exportAnnotations(store, out)).isEqualTo(4);

        List<CSVRecord> rows = read(out.toString());
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("article_id", "title", "outlet", "published",
                "annotation_id", "category", "parent_category", "start", "end", "text", "person", "person_type", "person_id")
                .contains("Challenged in the text", "Evidence given", "Checkable", "Direct or indirect", "Role as described")
                .endsWith("note", "annotator", "created", "updated");
        CSVRecord claimRow = rows.stream().filter(row -> row.get("category").equals("Claim")).findFirst().orElseThrow();
        assertThat(claimRow.get("text")).isEqualTo("\"we will act, now\"");
        assertThat(claimRow.get("Challenged in the text")).isEqualTo("no");
        assertThat(claimRow.get("Checkable")).isEmpty();
        assertThat(claimRow.get("note")).isEqualTo("'=1+1 <b>bold</b>");
        assertThat(claimRow.get("title")).isEqualTo("<b>Alert</b> & \"more\"");
        assertThat(claimRow.get("outlet")).isEqualTo("Daily <News>");
        assertThat(text(claimRow.get("start"), claimRow.get("end"))).isEqualTo(claimRow.get("text"));
        assertThat(claimRow.get("created")).isEqualTo("2026-11-27T10:15:30.123Z");
        CSVRecord ministerRow = rows.stream().filter(row -> row.get("category").equals("Politician")).findFirst().orElseThrow();
        assertThat(ministerRow.get("parent_category")).isEqualTo("Speaker");
        assertThat(ministerRow.get("person")).isEqualTo("<i>Minister</i>");
        assertThat(ministerRow.get("person_type")).isEqualTo("politician");
    }

    private String text(String start, String end) {
        return article.text().substring(Integer.parseInt(start), Integer.parseInt(end));
    }

    @Test
    void oneRowPerLinkWithBothEnds() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(new AnnotationCsvExporter(true).exportLinks(store, out)).isEqualTo(2);

        assertThat(out.toString()).startsWith("\uFEFFlink_id,");
        List<CSVRecord> rows = read(out.toString().substring(1));
        assertThat(rows).extracting(row -> row.get("type") + ": " + row.get("from_category") + " \"" + row.get("from_text")
                + "\" -> " + row.get("to_category") + " \"" + row.get("to_text") + "\"").containsExactlyInAnyOrder(
                "attributed_to: Claim \"\"we will act, now\"\" -> Politician \"the minister\"",
                "cue: Claim \"\"we will act, now\"\" -> Cue \"said\"");
    }

    @Test
    void theReportShowsTheTextWithItsHighlightsAndEscapesEverything() throws Exception {
        StringWriter out = new StringWriter();
        new ArticleReport().write(store, article.id(), out);
        String html = out.toString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("body b:containsOwn(Alert)")).isEmpty();
        assertThat(page.title()).isEqualTo("<b>Alert</b> & \"more\"");
        assertThat(page.selectFirst("h1").text()).isEqualTo("<b>Alert</b> & \"more\"");
        assertThat(page.selectFirst(".text").wholeText()).contains("<script>alert('x')</script>");
        assertThat(page.select(".text .hl")).extracting(element -> element.text())
                .contains("<script>alert('x')</script>", "the minister", "\"we will act, now\"");
        assertThat(page.select(".text .hl[title=Claim]").attr("style")).contains("#D55E00");
        assertThat(page.select(".legend .key")).extracting(element -> element.text())
                .contains("Claim (1)", "Speaker \u203A Politician (1)", "Context (1)", "Cue (1)");
        assertThat(page.select(".attributions li")).singleElement().satisfies(line ->
                assertThat(line.text()).startsWith("the minister = <i>Minister</i> (politician) \u2192 said \u2192 \"we will act, now\""));
        assertThat(page.select("table tbody tr")).hasSize(4);
        assertThat(page.select("table td:containsOwn(Challenged in the text: no)")).hasSize(1);
        assertThat(html).contains("size: A4");
        assertThat(html).doesNotContain("<i>Minister</i>").doesNotContain("<script>");
    }
}
