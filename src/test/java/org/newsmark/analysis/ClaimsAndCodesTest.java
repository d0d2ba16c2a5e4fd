package org.newsmark.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.CodebookEdits;
import org.newsmark.editing.Outcome;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebooks;
import org.newsmark.model.Link;
import org.newsmark.store.OpenMode;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** Claims with their attributes, and counts of codes per outlet and month. */
class ClaimsAndCodesTest {

    @TempDir
    Path folder;

    private CodingFixture coding;

    @BeforeEach
    void open() {
        coding = new CodingFixture(folder);
    }

    @AfterEach
    void close() {
        coding.close();
    }

    @Test
    void everyClaimIsListedWithItsSpeakersAttributesAndNote() {
        Article article = coding.article("BBC", "2024-05-02", VoicesTest.WATER);
        Annotation claim = coding.tag(article, "the plan was rushed", "Claim");
        claim = coding.withAttribute(claim, "Challenged in the text", "partly");
        claim = coding.withAttribute(claim, "Evidence given", "no");
        coding.apply(new org.newsmark.model.AnnotationChange(claim, claim.withNote("Which critics?", CodingFixture.NOW)));
        coding.attribute(claim, coding.tag(article, "Critics", "Citizen"));
        Annotation quote = coding.tag(article, "the reservoirs were too small", "Expert quote");
        coding.attribute(quote, coding.refer(coding.tag(article, "Professor Ali Khan", "Expert"), coding.person("Ali Khan", "")));
        coding.attribute(quote, coding.tag(article, "reporters", "Journalist"));
        coding.tag(article, "the company will appeal", "Claim");

        List<ClaimRow> claims = coding.findings().claims();

        assertThat(claims).extracting(ClaimRow::text, ClaimRow::category, ClaimRow::speaker, ClaimRow::speakerType,
                ClaimRow::challenged, ClaimRow::evidenceGiven, ClaimRow::checkable, ClaimRow::note).containsExactly(
                tuple("the plan was rushed", "Claim", "Critics", "Citizen", "partly", "no", null, "Which critics?"),
                tuple("the reservoirs were too small", "Expert quote", "Ali Khan; reporters", "Expert; Journalist",
                        null, null, null, ""),
                tuple("the company will appeal", "Claim", "unattributed", "", null, null, null, ""));
        assertThat(claims.get(0).cells()).hasSize(ClaimRow.COLUMNS.size());
        assertThat(claims.get(0).outlet()).isEqualTo("BBC");
        assertThat(claims.get(0).published()).isEqualTo("2024-05-02");
        assertThat(claims.get(0).words()).isEqualTo(4);
    }

    @Test
    void valuesNoLongerInTheCodebookAreShownAsStoredWithANote() {
        Article article = coding.article("BBC", null, VoicesTest.WATER);
        coding.withAttribute(coding.tag(article, "the plan was rushed", "Claim"), "Challenged in the text", "partly");
        // a codebook that has lost the choice (imported, or edited by another tool) while the value stayed
        Category claim = coding.categoryNamed("Claim");
        AttributeDefinition challenged = claim.attributes().get(0);
        AttributeDefinition narrowed = new AttributeDefinition(challenged.id(), challenged.name(), challenged.type(),
                List.of("yes", "no"), challenged.description());
        coding.apply(new org.newsmark.model.CategoryChange(claim, claim.withAttributes(List.of(narrowed,
                claim.attributes().get(1), claim.attributes().get(2)))));

        Findings findings = coding.findings();

        assertThat(findings.claims()).singleElement().extracting(ClaimRow::challenged).isEqualTo("partly");
        assertThat(findings.notes()).anyMatch(note -> note.startsWith("1 coded value is no longer allowed"));
    }

    @Test
    void deletingACategoryMovesItsAnnotationsOrTakesThemAway() {
        Article article = coding.article("BBC", null, VoicesTest.WATER);
        Annotation khan = coding.tag(article, "Professor Ali Khan", "Expert");
        Annotation quote = coding.withAttribute(coding.tag(article, "the reservoirs were too small", "Expert quote"),
                "Direct or indirect", "direct");
        Link link = coding.attribute(quote, khan);
        assertThat(coding.findings().claims()).singleElement().extracting(ClaimRow::category, ClaimRow::form)
                .containsExactly("Expert quote", "direct");

        // Expert quote deleted, its annotations becoming Claims: the quote is a claim now, indirect (no marks)
        Category expertQuote = coding.categoryNamed("Expert quote");
        Outcome moved = CodebookEdits.delete(coding.store.codebook(), expertQuote, coding.store.annotationsOfCategories(
                java.util.Set.of(expertQuote.id())), List.of(link), coding.categoryNamed("Claim"), CodingFixture.NOW);
        coding.apply(moved.edit().changes());
        Findings afterMove = coding.findings();
        assertThat(afterMove.claims()).singleElement().extracting(ClaimRow::category, ClaimRow::form, ClaimRow::speaker)
                .containsExactly("Claim", "indirect", "Professor Ali Khan");
        assertThat(afterMove.codes()).noneMatch(row -> row.code().equals("Expert quote"));

        // Speaker's Expert deleted with its annotations: the mention and its link are gone
        Category expert = coding.categoryNamed("Expert");
        List<Annotation> experts = coding.store.annotationsOfCategories(java.util.Set.of(expert.id()));
        Outcome deleted = CodebookEdits.delete(coding.store.codebook(), expert, experts,
                coding.store.linksTouching(experts.stream().map(Annotation::id).toList()), null, CodingFixture.NOW);
        coding.apply(deleted.edit().changes());
        Findings afterDelete = coding.findings();
        assertThat(afterDelete.voices()).isEmpty();
        assertThat(afterDelete.claims()).singleElement().extracting(ClaimRow::speaker).isEqualTo("unattributed");
    }

    @Test
    void codesAreCountedPerOutletAndMonthWithShares() {
        Article may = coding.article("BBC", "2024-05-02", VoicesTest.WATER);
        coding.tag(may, "the plan was rushed", "Claim");
        coding.tag(may, "the company will appeal", "Claim");
        coding.tag(may, "Critics", "Citizen");
        coding.code(may.id(), "Genre", "news report");
        Article june = coding.article("BBC", "2024-06-30T12:00:00Z", VoicesTest.WATER + "\nJune.");
        coding.tag(june, "Jane Doe", "Politician");
        coding.code(june.id(), "Genre", "analysis");
        Article undated = coding.article(null, "spring", VoicesTest.WATER + "\nUndated.");
        coding.tag(undated, "the plan was rushed", "Claim");
        coding.code(undated.id(), "Genre", "news report");

        List<CodeRow> codes = coding.findings().codes();

        assertThat(codes).allSatisfy(row -> assertThat(row.cells()).hasSize(CodeRow.COLUMNS.size()));
        assertThat(codes.stream().filter(row -> !row.allOutlets() && "BBC".equals(row.outlet()) && !row.allMonths()
                && "2024-05".equals(row.month())).map(row -> row.kind() + ":" + row.code() + ":" + row.value() + ":"
                + row.count() + ":" + row.share() + ":" + row.articles()).collect(Collectors.toList())).containsExactly(
                "category:Citizen:null:1:" + (1.0 / 3) + ":1",
                "category:Claim:null:2:" + (2.0 / 3) + ":1",
                "document_code:Genre:news report:1:1.0:1");
        assertThat(codes).filteredOn(row -> row.code().equals("Citizen")).first().extracting(CodeRow::parent).isEqualTo("Speaker");
        assertThat(codes.stream().filter(row -> row.allOutlets() && row.allMonths() && row.code().equals("Genre"))
                .map(row -> row.value() + "=" + row.count() + "/" + row.share()).toList())
                .containsExactly("news report=2/" + (2.0 / 3), "analysis=1/" + (1.0 / 3));
        assertThat(codes.stream().filter(row -> row.allOutlets() && !row.allMonths()).map(CodeRow::monthCell).distinct())
                .containsExactly("2024-05", "2024-06", null);
        assertThat(codes.get(codes.size() - 1).outletCell()).isEqualTo("all");
        assertThat(codes.get(codes.size() - 1).monthCell()).isEqualTo("all");
    }

    @Test
    void theMediaFramesCodebookGivesTheFrameDistributionAndThePrimaryFramePerOutlet() {
        coding.close();
        coding = new CodingFixture(SqliteProjectStore.open(folder.resolve("frames.newsmark"), OpenMode.CREATE_OR_OPEN,
                Codebooks.mediaFrames()));
        Article article = coding.article("Herald", "2015-03-01", VoicesTest.WATER);
        coding.tag(article, "cut bills by a tenth", "Economic");
        coding.tag(article, "the reservoirs were too small", "Capacity and resources");
        coding.tag(article, "the company will appeal", "Legality, constitutionality and jurisprudence");
        coding.code(article.id(), "Primary frame", "Economic");
        coding.code(article.id(), "Tone", "anti");

        List<CodeRow> overall = coding.findings().codes().stream().filter(row -> row.allOutlets() && row.allMonths()).toList();

        assertThat(overall).extracting(CodeRow::code, CodeRow::value, CodeRow::count).containsExactly(
                tuple("Economic", null, 1), tuple("Capacity and resources", null, 1),
                tuple("Legality, constitutionality and jurisprudence", null, 1),
                tuple("Primary frame", "Economic", 1), tuple("Tone", "anti", 1));
        assertThat(coding.findings().voices()).isEmpty();
        assertThat(coding.findings().claims()).isEmpty();
    }
}
