package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleDetails;
import org.newsmark.model.ArticleDetailsChange;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Concordance;
import org.newsmark.model.ConcordanceQuery;
import org.newsmark.model.CorpusRow;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.SearchQuery;
import org.newsmark.store.OpenMode;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;

/** The corpus table's rows, corrected details and concordances, in a real project of the samples. */
class CorpusStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    Path folder;

    private SqliteProjectStore store;
    private Article bbc;

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
        bbc = store.article(1).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Category category(String name) {
        return store.codebook().byName(name).orElseThrow();
    }

    @Test
    void theCorpusCountsAnnotationsUnderTheirTopLevelCategoryAndListsCodes() {
        Category politician = category("Politician");
        store.apply(List.of(
                AnnotationChange.create(Annotations.of(bbc, "Donald Trump", politician.id())),
                AnnotationChange.create(Annotations.of(bbc, "Anthony Lim", category("Speaker").id())),
                AnnotationChange.create(Annotations.of(bbc, "a massive DDoS attack on X", category("Claim").id()))));
        AttributeDefinition genre = store.codebook().documentFields().stream()
                .filter(field -> field.name().equals("Genre")).findFirst().orElseThrow();
        store.apply(List.of(new ArticleCodingChange(ArticleCoding.empty(bbc.id()),
                ArticleCoding.empty(bbc.id()).withValue(genre.id(), "interview"))));

        List<CorpusRow> corpus = store.corpus();

        assertThat(corpus).hasSize(11);
        CorpusRow first = corpus.get(0);
        assertThat(first.details().source()).isEqualTo("BBC");
        assertThat(first.annotations()).isEqualTo(3);
        assertThat(first.count(category("Speaker").id())).isEqualTo(2);
        assertThat(first.count(category("Claim").id())).isEqualTo(1);
        assertThat(first.codes()).containsEntry(genre.id(), "interview");
        assertThat(corpus.get(1).annotations()).isZero();
        assertThat(store.outlets()).containsExactly("BBC", "en.wikinews.org");
        assertThat(corpus.get(1).details().published()).matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    @Test
    void correctedDetailsAreSavedSearchableAndUndoable() {
        ArticleDetails before = ArticleDetails.of(bbc);
        ArticleDetails after = new ArticleDetails("Musk and Trump talk on X", "BBC News", "Lily Jamali", "2024-08-13", null);
        store.apply(List.of(new ArticleDetailsChange(bbc.id(), before, after)));

        assertThat(ArticleDetails.of(store.article(bbc.id()).orElseThrow())).isEqualTo(after);
        assertThat(store.search(SearchQuery.parse("title:talk"), 0, 10).total()).isEqualTo(1);
        assertThat(store.article(bbc.id()).orElseThrow().text()).isEqualTo(bbc.text());

        store.apply(List.of(new ArticleDetailsChange(bbc.id(), before, after).inverse()));
        assertThat(ArticleDetails.of(store.article(bbc.id()).orElseThrow())).isEqualTo(before);
        assertThat(store.search(SearchQuery.parse("title:talk"), 0, 10).total()).isZero();
    }

    @Test
    void aConcordanceListsACategoryWithItsSubCategoriesInContextNarrowedByAttributePersonAndOutlet() {
        Person trump = Person.named("Donald Trump", NOW);
        Category speaker = category("Speaker");
        Annotation trumpMention = Annotations.of(bbc, "Donald Trump", category("Politician").id()).withPerson(trump.id(), NOW);
        Annotation lim = Annotations.of(bbc, "Anthony Lim", speaker.id());
        AttributeDefinition role = store.codebook().attributesOf(speaker).get(0);
        store.apply(List.of(new PersonChange(null, trump), AnnotationChange.create(trumpMention),
                AnnotationChange.create(lim.withAttribute(role.id(), "Director", NOW))));

        Concordance all = store.concordance(ConcordanceQuery.of(speaker.id()), 100);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.lines()).extracting(line -> line.annotation().text()).containsExactly("Donald Trump", "Anthony Lim");
        Concordance.Line limLine = all.lines().get(1);
        assertThat(limLine.left()).endsWith("online target to disrupt it,\u201D ");
        assertThat(limLine.right()).startsWith(", Director of the Centre");
        assertThat(limLine.articleTitle()).isEqualTo(bbc.title());

        assertThat(store.concordance(new ConcordanceQuery(speaker.id(), role.id(), "director", null, null), 100).lines())
                .extracting(line -> line.annotation().text()).containsExactly("Anthony Lim");
        assertThat(store.concordance(new ConcordanceQuery(speaker.id(), null, null, trump.id(), null), 100).lines())
                .extracting(line -> line.annotation().text()).containsExactly("Donald Trump");
        assertThat(store.concordance(new ConcordanceQuery(speaker.id(), null, null, null, "en.wikinews.org"), 100).total()).isZero();
        assertThat(store.concordance(ConcordanceQuery.of(speaker.id()), 1).lines()).hasSize(1);
    }
}
