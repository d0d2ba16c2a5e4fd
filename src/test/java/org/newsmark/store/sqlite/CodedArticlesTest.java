package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.analysis.FindingsIndex;
import org.newsmark.analysis.Findings;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.CodedContent;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.testing.Annotations;

/** What the findings read from the project file: contents, the speakers they reach, counts and codes. */
class CodedArticlesTest {

    private static final String TEXT = "Rain ahead\nForecasters said heavy rain would fall on Friday. Farmers welcomed it.";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    private SqliteProjectStore store;
    private Article article;

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        long id = store.addArticle(new ArticleDraft("Rain ahead", null, "Met", "A. Writer", "2024-02-01", null, TEXT)).id();
        article = store.article(id).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Annotation tag(String text, String category) {
        Annotation annotation = Annotations.of(article, text, Annotations.category(store, category));
        store.apply(List.of(AnnotationChange.create(annotation)));
        return annotation;
    }

    private void link(Annotation from, Annotation to) {
        store.apply(List.of(LinkChange.create(Link.of(article.id(), RelationType.ATTRIBUTED_TO, from.id(), to.id(), NOW))));
    }

    @Test
    void contentsComeWithTheSpeakerMentionsTheirAttributionsReach() {
        Annotation claim = tag("heavy rain would fall on Friday", "Claim");
        Annotation forecasters = tag("Forecasters", "Official");
        Annotation cue = tag("said", "Cue");
        link(claim, forecasters);
        store.apply(List.of(LinkChange.create(Link.of(article.id(), RelationType.CUE, claim.id(), cue.id(), NOW))));
        tag("Farmers welcomed it", "Claim");

        CodedArticle coded = store.codedArticle(article.id()).orElseThrow();

        assertThat(coded.details().byline()).isEqualTo("A. Writer");
        assertThat(coded.annotations()).isEqualTo(4);
        assertThat(coded.categoryCounts()).containsEntry(Annotations.category(store, "Claim"), 2)
                .containsEntry(Annotations.category(store, "Official"), 1).containsEntry(Annotations.category(store, "Cue"), 1);
        assertThat(coded.contents()).extracting(CodedContent::text)
                .containsExactly("heavy rain would fall on Friday", "Farmers welcomed it");
        assertThat(coded.contents().get(0).sources()).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo("Forecasters");
            assertThat(mention.personId()).isNull();
        });
        assertThat(coded.contents().get(1).sources()).isEmpty();
        assertThat(coded.strayAttributions()).isZero();
        assertThat(store.codedArticles()).containsExactly(coded);
        assertThat(store.codedArticle(999)).isEmpty();
    }

    @Test
    void annotationsLeftWithoutTheirCategoryAreNotCountedAndSaidSo() throws Exception {
        Annotation claim = tag("heavy rain would fall on Friday", "Claim");
        Annotation forecasters = tag("Forecasters", "Official");
        link(claim, forecasters);
        // Another tool deleted the Official category behind the project's back, foreign keys off.
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute("DELETE FROM category WHERE name = 'Official'");
            statement.execute("PRAGMA foreign_keys = ON");
        }

        CodedArticle coded = store.codedArticle(article.id()).orElseThrow();
        assertThat(coded.contents()).singleElement().satisfies(content -> assertThat(content.sources()).isEmpty());
        assertThat(coded.strayAttributions()).isEqualTo(1);

        Findings findings = new FindingsIndex(store.codebook(), store.people(), store.codedArticles()).findings(CorpusFilter.NONE);
        assertThat(findings.voices()).isEmpty();
        assertThat(findings.codes()).noneMatch(row -> row.code().equals("Official"));
        assertThat(findings.notes()).anyMatch(note -> note.startsWith("1 annotation belongs to a category no longer in the codebook"))
                .anyMatch(note -> note.startsWith("1 attribution link joins"));
    }

    @Test
    void anEditOfAnArticleNotReadLatelyIsSaved() {
        // as an undo is, after the coder has read more articles than the store keeps texts of
        store.close();
        try (SqliteProjectStore reopened = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.OPEN_EXISTING)) {
            Annotation claim = Annotations.of(article, "heavy rain would fall on Friday", Annotations.category(reopened, "Claim"));
            reopened.apply(List.of(AnnotationChange.create(claim)));
            assertThat(reopened.annotations(article.id())).containsExactly(claim);
        }
    }

    @Test
    void aMentionOfAPersonNoLongerInTheRegistryIsNamedByItsText() throws Exception {
        Annotation claim = tag("heavy rain would fall on Friday", "Claim");
        link(claim, tag("Forecasters", "Official"));
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute("UPDATE annotation SET person_id = '00000000-0000-4000-8000-000000000000' WHERE text = 'Forecasters'");
            statement.execute("PRAGMA foreign_keys = ON");
        }

        Findings findings = new FindingsIndex(store.codebook(), store.people(), store.codedArticles()).findings(CorpusFilter.NONE);

        assertThat(findings.claims()).singleElement().extracting(org.newsmark.analysis.ClaimRow::speaker).isEqualTo("Forecasters");
        assertThat(findings.voices()).anyMatch(row -> row.speaker().equals("Forecasters") && row.speakerId().isEmpty()
                && row.speakerType().equals("Official"));
    }

    @Test
    void aCodebookWithoutRolesHasNoContentsAndEveryAttributionIsStray() throws Exception {
        Annotation claim = tag("heavy rain would fall on Friday", "Claim");
        link(claim, tag("Forecasters", "Official"));
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("UPDATE category SET role = NULL");
        }

        CodedArticle coded = store.codedArticle(article.id()).orElseThrow();

        assertThat(coded.contents()).isEmpty();
        assertThat(coded.strayAttributions()).isEqualTo(1);
    }
}
