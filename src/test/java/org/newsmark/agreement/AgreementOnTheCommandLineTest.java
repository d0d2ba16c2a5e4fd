package org.newsmark.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.cli.CommandLineRunner;

/**
 * Three coders' JSON Lines files merged into one project on the command line, then
 * {@code agreement --format json} compared with DKPro Statistics run on the same texts and spans
 * (continuum and offsets in code points; one of the sentences holds an emoji), per article and per
 * category.
 */
class AgreementOnTheCommandLineTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CommandLineRunner.run(path -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void mergedCodersAgreeAsDkproSays() throws Exception {
        List<String> coders = List.of("ana", "ben", "cleo");
        CoderFiles files = new CoderFiles(coders, 6, 42);
        String project = folder.resolve("study.newsmark").toString();
        for (String coder : coders) {
            assertThat(run("import", "--project", project, files.write(folder, coder).toString())).as(err.toString()).isZero();
        }
        assertThat(out.toString()).contains("merged\t");

        assertThat(run("agreement", "--project", project, "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("articles")).hasSize(6);
        for (int a = 0; a < files.articles.size(); a++) {
            CoderFiles.CodedArticle article = files.articles.get(a);
            JsonNode result = json.path("articles").get(a);
            assertThat(result.path("title").asText()).isEqualTo(article.title());
            assertThat(result.path("coders")).extracting(JsonNode::asText).containsExactly("ana", "ben", "cleo");
            KrippendorffAlphaUnitizingAgreement dkpro = dkpro(article, coders);
            assertThat(result.path("alpha_u").path("overall").asDouble()).isCloseTo(dkpro.calculateAgreement(), within(1e-9));
            for (String category : List.of("Source", "Cue", "Content")) {
                assertThat(result.path("alpha_u").path("categories").path(category).asDouble()).as(category)
                        .isCloseTo(dkpro.calculateCategoryAgreement(category), within(1e-9));
            }
        }
        JsonNode pooled = json.path("pooled");
        assertThat(pooled.path("articles")).hasSize(6);
        assertThat(pooled.path("alpha_u").path("overall").asDouble()).isCloseTo(pooledDkpro(files, coders).calculateAgreement(),
                within(1e-9));
        assertThat(json.path("pairs")).hasSize(3);
        assertThat(json.path("coding")).anySatisfy(study -> {
            assertThat(study.path("kind").asText()).isEqualTo("document");
            assertThat(study.path("field").asText()).isEqualTo("Genre");
        });
        assertThat(json.path("attribution").get(0).path("both").asInt()).isPositive();
    }

    @Test
    void choosingCodersCategoriesAndArticles() throws Exception {
        List<String> coders = List.of("ana", "ben", "cleo");
        CoderFiles files = new CoderFiles(coders, 3, 7);
        String project = folder.resolve("study.newsmark").toString();
        for (String coder : coders) {
            assertThat(run("import", "--project", project, files.write(folder, coder).toString())).as(err.toString()).isZero();
        }
        assertThat(run("agreement", "--project", project, "--coders", "ana,cleo", "--categories", "Content",
                "--article", "2", "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("articles")).hasSize(1);
        JsonNode article = json.path("articles").get(0);
        assertThat(article.path("coders")).extracting(JsonNode::asText).containsExactly("ana", "cleo");
        assertThat(article.path("alpha_u").path("categories").fieldNames()).toIterable().containsExactly("Content");
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, files.articles.get(1).text().codePointCount(0,
                files.articles.get(1).text().length()));
        addUnits(study, files.articles.get(1), List.of("ana", "cleo"), "Content", 0);
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
        assertThat(article.path("alpha_u").path("overall").asDouble()).isCloseTo(dkpro.calculateAgreement(), within(1e-9))
                .isEqualTo(article.path("alpha_u").path("categories").path("Content").asDouble());

        assertThat(run("agreement", "--project", project, "--format", "csv")).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("scope,article_id,title,coders,category,field,measure,value,n");
        assertThat(lines).anyMatch(line -> line.startsWith("article,1,Bridge report 1,ana; ben; cleo,Source,,alpha_u,"));
        assertThat(lines).anyMatch(line -> line.startsWith("pair,,,ana; ben,,,alpha_u,"));

        java.nio.file.Path page = folder.resolve("agreement.html");
        assertThat(run("agreement", "--project", project, "--format", "html", "--out", page.toString())).isZero();
        String html = java.nio.file.Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<caption>alpha_U per category</caption>")
                .contains("<td>ana \u2013 ben</td>").contains("Bridge report 2").contains("@media print").doesNotContain("<script");

        assertThat(run("agreement", "--project", project, "--categories", "Quote")).isEqualTo(2);
        assertThat(err.toString()).contains("There is no category \u201CQuote\u201D; the categories are");
        assertThat(run("agreement", "--project", project, "--coders", "ana,zoe")).isEqualTo(2);
        assertThat(err.toString()).contains("No article was coded by zoe; the project's coders are ana, ben, cleo");
        assertThat(run("agreement", "--project", project, "--format", "xml")).isEqualTo(2);
    }

    @Test
    void oneCoderHasNothingToCompare() throws Exception {
        CoderFiles files = new CoderFiles(List.of("ana"), 2, 3);
        String project = folder.resolve("solo.newsmark").toString();
        assertThat(run("import", "--project", project, files.write(folder, "ana").toString())).isZero();
        assertThat(run("agreement", "--project", project)).isEqualTo(1);
        assertThat(err.toString()).contains("fewer than two coders to compare (ana)");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("articles").get(0).path("alpha_u").path("overall").isNull()).isTrue();
    }

    static KrippendorffAlphaUnitizingAgreement dkpro(CoderFiles.CodedArticle article, List<String> coders) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders.size(), 0,
                article.text().codePointCount(0, article.text().length()));
        for (String category : List.of("Source", "Cue", "Content")) {
            addUnits(study, article, coders, category, 0);
        }
        return new KrippendorffAlphaUnitizingAgreement(study);
    }

    static KrippendorffAlphaUnitizingAgreement pooledDkpro(CoderFiles files, List<String> coders) {
        long length = 0;
        List<long[]> offsets = new ArrayList<>();
        for (CoderFiles.CodedArticle article : files.articles) {
            offsets.add(new long[] {length});
            length += article.text().codePointCount(0, article.text().length());
        }
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders.size(), 0, length);
        for (int a = 0; a < files.articles.size(); a++) {
            for (String category : List.of("Source", "Cue", "Content")) {
                addUnits(study, files.articles.get(a), coders, category, offsets.get(a)[0]);
            }
        }
        return new KrippendorffAlphaUnitizingAgreement(study);
    }

    private static void addUnits(UnitizingAnnotationStudy study, CoderFiles.CodedArticle article, List<String> coders,
            String category, long offset) {
        String text = article.text();
        for (CoderFiles.Span span : article.spans()) {
            int rater = coders.indexOf(span.coder());
            if (rater >= 0 && span.category().equals(category)) {
                long begin = text.codePointCount(0, span.start());
                long end = text.codePointCount(0, span.end());
                study.addUnit(offset + begin, end - begin, rater, category);
            }
        }
    }
}
