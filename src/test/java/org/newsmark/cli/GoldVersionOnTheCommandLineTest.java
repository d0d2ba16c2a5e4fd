package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** The curator's gold version as the input of an export and of the findings, chosen with --coders. */
class GoldVersionOnTheCommandLineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TEXT = "Water plan\n\"Bills will fall,\" said Jane Doe. Critics said the plan was rushed.";

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

    private static Annotation by(String coder, Annotation annotation) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.categoryId(), annotation.start(), annotation.end(),
                annotation.text(), annotation.prefix(), annotation.suffix(), "", coder, annotation.created(), annotation.updated());
    }

    /** Two articles both coders quoted Jane Doe in; the curator accepted her quote in the first only. */
    @BeforeEach
    void code() {
        project = folder.resolve("study.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                long id = store.addArticle(new ArticleDraft("Water " + i, null, "BBC", null, "2024-05-0" + (i + 1), null,
                        TEXT + " " + i)).id();
                Article article = store.article(id).orElseThrow();
                List<String> coders = i == 0 ? List.of("ana", "ben", "curator") : List.of("ana", "ben");
                for (String coder : coders) {
                    Annotation quote = by(coder, Annotations.of(article, "\"Bills will fall,\"", Annotations.category(store, "Claim")));
                    Annotation doe = by(coder, Annotations.of(article, "Jane Doe", Annotations.category(store, "Politician")));
                    changes.add(AnnotationChange.create(quote));
                    changes.add(AnnotationChange.create(doe));
                    changes.add(LinkChange.create(Link.of(id, RelationType.ATTRIBUTED_TO, quote.id(), doe.id(), NOW)));
                }
            }
            store.apply(changes);
        }
    }

    private int janesQuotes(String... coders) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "voices", "-p", project.toString(), "-f", "json"));
        args.addAll(List.of(coders));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        for (JsonNode row : new ObjectMapper().readTree(out.toString()).get("rows")) {
            if (row.get("outlet").asText().equals("all") && row.get("speaker").asText().equals("Jane Doe")) {
                return row.get("quotes").asInt();
            }
        }
        return 0;
    }

    @Test
    void theFindingsCountTheCuratorsWorkAloneWhenAsked() throws Exception {
        assertThat(janesQuotes()).as("every coder's quotes").isEqualTo(5);
        assertThat(janesQuotes("--coders", "curator")).isEqualTo(1);
        assertThat(janesQuotes("--coders", "ana,ben")).isEqualTo(4);
        assertThat(new ObjectMapper().readTree(out.toString()).get("notes").toString()).doesNotContain("link");
    }

    @Test
    void theGoldVersionExportsAlone() throws Exception {
        Path gold = folder.resolve("gold.jsonl");
        assertThat(run("export", "-p", project.toString(), "-f", "jsonl", "--coders", "curator", "-o", gold.toString()))
                .as(err.toString()).isZero();

        List<String> lines = Files.readAllLines(gold);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("annotations")).hasSize(2).allSatisfy(annotation ->
                assertThat(annotation.get("annotator").asText()).isEqualTo("curator"));
        assertThat(first.get("links")).hasSize(1);
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("annotations")).as("not curated yet").isEmpty();
    }

    @Test
    void theGoldVersionInBratIsOneFilePerArticleNotOnePerCoder() throws Exception {
        Path brat = folder.resolve("gold-brat");
        assertThat(run("export", "-p", project.toString(), "-f", "brat", "--coders", "curator", "-o", brat.toString()))
                .as(err.toString()).isZero();
        try (var files = Files.list(brat)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ann")).toList())
                    .hasSize(2);
        }
        Path all = folder.resolve("all-brat");
        assertThat(run("export", "-p", project.toString(), "-f", "brat", "-o", all.toString())).isZero();
        assertThat(all.resolve("attributions")).as("every coder's: one file per coder").isDirectory();
    }

    @Test
    void aCoderWhoCodedNothingIsATypoAndSaysWhoCoded() {
        assertThat(run("export", "-p", project.toString(), "-f", "jsonl", "--coders", "curatr")).isNotZero();
        assertThat(err.toString()).contains("No coder named \"curatr\" coded anything in study.newsmark; its coders are ana, ben, curator.");
        assertThat(run("report", "codes", "-p", project.toString(), "--coders", "curatr")).isNotZero();
        assertThat(err.toString()).contains("No coder named \"curatr\"");
        assertThat(run("export", "-p", project.toString(), "-f", "csv", "--coders", "curator")).isNotZero();
        assertThat(err.toString()).contains("--coders chooses whose work the exchange formats");
    }
}
