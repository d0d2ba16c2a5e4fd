package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Change;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;

/** {@code newsmark report} and the csv and html exports, as a script runs them. */
class ReportCommandTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TEXT = "Water plan\n\"Bills will fall, =1+1,\" said Jane Doe. Critics said the plan was rushed.";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path project;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CommandLineRunner.run(path -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void code() {
        project = folder.resolve("study.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            List<Change> changes = new ArrayList<>();
            String[][] articles = {{"BBC", "2024-05-02"}, {"ITV", "2024-06-11"}, {"BBC", "2024-06-20"}};
            for (int i = 0; i < articles.length; i++) {
                long id = store.addArticle(new ArticleDraft("Water " + i, null, articles[i][0], null, articles[i][1], null,
                        TEXT + " " + i)).id();
                Article article = store.article(id).orElseThrow();
                Annotation quote = Annotations.of(article, "\"Bills will fall, =1+1,\"", Annotations.category(store, "Claim"));
                Annotation doe = Annotations.of(article, "Jane Doe", Annotations.category(store, "Politician"));
                Annotation rushed = Annotations.of(article, "the plan was rushed", Annotations.category(store, "Claim"));
                changes.add(AnnotationChange.create(quote));
                changes.add(AnnotationChange.create(doe));
                changes.add(AnnotationChange.create(rushed));
                changes.add(LinkChange.create(Link.of(id, RelationType.ATTRIBUTED_TO, quote.id(), doe.id(), NOW)));
            }
            store.apply(changes);
        }
    }

    @Test
    void voicesAsJsonHaveTheColumnsAsKeysAndCountPerOutletAndOverall() throws Exception {
        assertThat(run("report", "voices", "--project", project.toString(), "--format", "json")).isZero();

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("report").asText()).isEqualTo("voices");
        JsonNode rows = report.get("rows");
        List<String> keys = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("outlet", "speaker", "speaker_type", "quotes", "quoted_words", "share_of_quotes", "articles",
                "first_voice_articles", "direct", "indirect");
        JsonNode jane = find(rows, "all", "Jane Doe");
        assertThat(jane.get("quotes").asInt()).isEqualTo(3);
        assertThat(jane.get("quoted_words").asInt()).isEqualTo(3 * 5);
        assertThat(jane.get("share_of_quotes").asDouble()).isEqualTo(1.0);
        assertThat(jane.get("speaker_type").asText()).isEqualTo("Politician");
        assertThat(jane.get("direct").asInt()).isEqualTo(3);
        assertThat(find(rows, "BBC", "Jane Doe").get("articles").asInt()).isEqualTo(2);
        assertThat(report.get("notes").toString()).contains("3 claims and quotes are attributed to no speaker");
        assertThat(report.get("scope").get("articles").asInt()).isEqualTo(3);
    }

    private static JsonNode find(JsonNode rows, String outlet, String speaker) {
        for (JsonNode row : rows) {
            if (row.get("outlet").asText().equals(outlet) && row.get("speaker").asText().equals(speaker)) {
                return row;
            }
        }
        throw new AssertionError("no row " + outlet + "/" + speaker + " in " + rows);
    }

    @Test
    void claimsAsCsvWithTheScopeOfAnOutletAndDates() throws Exception {
        assertThat(run("report", "claims", "-p", project.toString(), "--outlet", "BBC", "--from", "2024-06", "--to", "2024-06")).isZero();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("article_id", "title", "outlet", "published", "speaker",
                "text", "challenged", "evidence_given", "checkable", "note");
        assertThat(rows).extracting(row -> row.get("published") + " " + row.get("speaker") + " " + row.get("text"))
                .containsExactly("2024-06-20 Jane Doe \"Bills will fall, =1+1,\"", "2024-06-20 unattributed the plan was rushed");
        assertThat(err.toString()).contains("note: 1 claim or quote is attributed to no speaker");
    }

    @Test
    void codesCountPerOutletAndMonth() throws Exception {
        assertThat(run("report", "codes", "-p", project.toString(), "-f", "json")).isZero();

        JsonNode rows = new ObjectMapper().readTree(out.toString()).get("rows");
        assertThat(rows.get(0).has("month")).isTrue();
        boolean found = false;
        for (JsonNode row : rows) {
            if (row.get("outlet").asText().equals("all") && row.get("month").asText().equals("2024-06")
                    && row.get("code").asText().equals("Claim")) {
                assertThat(row.get("count").asInt()).isEqualTo(4);
                assertThat(row.get("value").isNull()).isTrue();
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void aFilterThatMatchesNothingIsAnEmptyTableWithANoteNotAnError() throws Exception {
        assertThat(run("report", "voices", "-p", project.toString(), "--outlet", "Nobody", "-f", "json")).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("rows")).isEmpty();
        assertThat(report.get("notes").get(0).asText()).startsWith("No article matches");

        Path empty = folder.resolve("empty.newsmark");
        SqliteProjectStore.open(empty, OpenMode.CREATE_OR_OPEN).close();
        assertThat(run("report", "claims", "-p", empty.toString())).isZero();
        assertThat(out.toString().strip()).startsWith("article_id,title,outlet").doesNotContain("\n");
        assertThat(run("report", "voices", "-p", folder.resolve("missing.newsmark").toString())).isEqualTo(1);
        assertThat(run("report", "everything", "-p", project.toString())).isEqualTo(2);
    }

    @Test
    void exportCsvWritesOneRowPerAnnotationOrLinkAndHtmlOneArticle() throws Exception {
        Path csv = folder.resolve("annotations.csv");
        assertThat(run("export", "-p", project.toString(), "-f", "csv", "--out", csv.toString())).isZero();
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written.lines().count()).isEqualTo(1 + 9);
        assertThat(written).contains("\"\"\"Bills will fall, =1+1,\"\"\"");

        assertThat(run("export", "-p", project.toString(), "-f", "csv", "--links")).isZero();
        assertThat(out.toString().lines()).hasSize(1 + 3).first().asString().startsWith("link_id,article_id,type");

        assertThat(run("export", "-p", project.toString(), "-f", "html", "--article", "2")).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<h1>Water 1</h1>");
        assertThat(run("export", "-p", project.toString(), "-f", "html")).isEqualTo(2);
        assertThat(err.toString()).contains("--article ID");
        assertThat(run("export", "-p", project.toString(), "-f", "html", "--article", "99")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no article 99 in study.newsmark");
    }
}
