package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
import org.newsmark.model.InvalidQueryException;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;
import org.newsmark.store.OpenMode;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;

/** Full-text search over the BBC article and the ten Wikinews articles, in a real project file. */
class CorpusSearchTest {

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

    private SearchResults search(String query) {
        return store.search(SearchQuery.parse(query), 0, 50);
    }

    @Test
    void aWordFindsItsArticlesWithTheMatchMarkedInTheSnippet() {
        SearchResults results = search("DDoS");

        assertThat(results.total()).isEqualTo(1);
        assertThat(results.ranked()).isTrue();
        SearchResults.Hit hit = results.articles().get(0);
        assertThat(hit.articleId()).isEqualTo(bbc.id());
        assertThat(hit.source()).isEqualTo("BBC");
        assertThat(hit.snippet()).contains(SearchResults.MATCH_START + "DDoS" + SearchResults.MATCH_END);
        assertThat(SearchResults.plain(hit.title())).isEqualTo(bbc.title());
    }

    @Test
    void phrasesPrefixesCaseAndAccentsWorkAsResearchersExpect() {
        assertThat(search("\"massive DDoS attack\"").total()).isEqualTo(1);
        assertThat(search("\"attack massive\"").total()).isZero();
        assertThat(search("ddos").total()).isEqualTo(1);
        assertThat(search("livestr*").total()).isEqualTo(1);
        assertThat(search("Musk -Trump").total()).isZero();
        assertThat(search("title:Musk").articles()).extracting(SearchResults.Hit::articleId).containsExactly(bbc.id());
        assertThat(search("iodine OR homeopathic").total()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTitleMatchRanksAboveAPassingMention() {
        SearchResults results = search("iodine");

        assertThat(results.total()).isGreaterThanOrEqualTo(1);
        assertThat(SearchResults.plain(results.articles().get(0).title()).toLowerCase()).contains("iodine");
    }

    @Test
    void notesAreSearchedAndSaySoInTheSnippet() {
        store.apply(List.of(new ArticleCodingChange(ArticleCoding.empty(bbc.id()),
                ArticleCoding.empty(bbc.id()).withNote("Compare with the outage coverage in other outlets"))));
        Annotation claim = Annotations.of(bbc, "a massive DDoS attack on X", Annotations.category(store, "Claim"));
        store.apply(List.of(AnnotationChange.create(claim)));
        store.apply(List.of(new AnnotationChange(claim, claim.withNote("unverified excuse", claim.updated()))));

        SearchResults outage = search("outage");
        assertThat(outage.articles()).singleElement().satisfies(hit -> {
            assertThat(hit.inNote()).isTrue();
            assertThat(hit.snippet()).contains(SearchResults.MATCH_START + "outage" + SearchResults.MATCH_END);
        });
        SearchResults excuse = search("unverified");
        assertThat(excuse.articles()).isEmpty();
        assertThat(excuse.annotationNotes()).singleElement().satisfies(note -> {
            assertThat(note.annotationId()).isEqualTo(claim.id());
            assertThat(note.quoted()).isEqualTo("a massive DDoS attack on X");
        });

        store.apply(List.of(AnnotationChange.delete(store.annotation(claim.id()).orElseThrow())));
        assertThat(search("unverified").annotationNotes()).isEmpty();
    }

    @Test
    void aHitOpensAtItsFirstMatchInTheText() {
        int[] match = store.firstMatch(bbc.id(), SearchQuery.parse("\"Anthony Lim\"")).orElseThrow();

        assertThat(bbc.text().substring(match[0], match[1])).isEqualTo("Anthony Lim");
        assertThat(match[0]).isEqualTo(bbc.text().indexOf("Anthony Lim"));
        assertThat(store.firstMatch(bbc.id(), SearchQuery.parse("iodine"))).isEmpty();
    }

    @Test
    void aSearchMatchingMoreArticlesThanAreRankedIsShownLatestFirst() throws Exception {
        SearchResults results = SearchRows.search(store.connection(), SearchQuery.parse("the"), 0, 5, 3);

        assertThat(results.ranked()).isFalse();
        assertThat(results.atLeast()).isTrue();
        assertThat(results.articles()).extracting(SearchResults.Hit::articleId).containsExactly(11L, 10L, 9L, 8L, 7L);
    }

    @Test
    void pagesFollowOneAnother() {
        SearchResults first = store.search(SearchQuery.parse("the"), 0, 4);
        SearchResults second = store.search(SearchQuery.parse("the"), 4, 4);

        assertThat(first.articles()).hasSize(4);
        assertThat(second.articles()).extracting(SearchResults.Hit::articleId)
                .doesNotContainAnyElementsOf(first.articles().stream().map(SearchResults.Hit::articleId).toList());
    }

    @Test
    void aMalformedQueryIsAMessageNotAStackTrace() {
        assertThatThrownBy(() -> search("\"DDoS attack")).isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("A phrase is missing its closing quote");
    }
}
