package org.newsmark.importing.html;

import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.ArticleDraft;

/**
 * Pages saved from real sites (see {@code fixtures/html/README.md} for where each comes from and its
 * licence): what a researcher importing them sees.
 */
class HtmlReaderRealPagesTest {

    private final HtmlReader reader = new HtmlReader();

    static byte[] fixture(String name) {
        try (InputStream in = HtmlReaderRealPagesTest.class.getResourceAsStream("/fixtures/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArticleDraft read(String name) throws Exception {
        assertThat(reader.reads(name, fixture(name))).isTrue();
        CollectingSink sink = CollectingSink.readWith(reader, ImportSource.ofBytes(name, fixture(name)));
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.read).singleElement().extracting(CollectingSink.Read::where).isEqualTo("");
        return sink.drafts().get(0);
    }

    private static List<String> blocks(ArticleDraft article) {
        return List.of(article.text().split("\n\n"));
    }

    @Test
    void theWikipediaPageGivesTheArticleWithoutTheWikisFurniture() throws Exception {
        ArticleDraft article = read("wikipedia-regression-testing.html");

        assertThat(article).extracting(ArticleDraft::title, ArticleDraft::source, ArticleDraft::url)
                .containsExactly("Regression testing", "en.wikipedia.org", "https://en.wikipedia.org/wiki/Regression_testing");
        assertThat(blocks(article)).startsWith("Regression testing",
                "Regression testing is a type of software testing that verifies that software previously developed and "
                        + "tested still performs correctly even after it was changed or interfaced with other software. "
                        + "Changes may include software enhancements, patches, configuration changes, etc. During "
                        + "regression testing, new software bugs or regressions may be uncovered. Sometimes a software "
                        + "change impact analysis is performed to determine what areas could be affected by the proposed "
                        + "changes. These areas may include functional and non-functional areas of the system.");
        assertThat(blocks(article)).contains("Background", "Uses");
        assertThat(article.text()).endsWith("or a driver layer that links to the code without altering the code being tested.")
                .doesNotContain("From Wikipedia, the free encyclopedia", "Jump to", "[edit]", "Contents", "Retrieved from",
                        "Categories:", "Navigation menu", "This page was last modified", "External links", "[1]");
    }

    @Test
    void theMinimalFragmentIsOneArticleOfThreeWords() throws Exception {
        ArticleDraft article = read("minimal.html");
        assertThat(article).extracting(ArticleDraft::title, ArticleDraft::text, ArticleDraft::source)
                .containsExactly("One Two Three", "One Two Three", null);
    }

    @Test
    void theGlobalVoicesPageGivesTheStoryWithoutShareBarsBoxesOrCommentForm() throws Exception {
        ArticleDraft article = read("globalvoices-de-nicaragua-protests.html");

        assertThat(article).extracting(ArticleDraft::title, ArticleDraft::source, ArticleDraft::byline,
                ArticleDraft::published, ArticleDraft::standfirst)
                .containsExactly("Ein Jahr voller Proteste: Nicaraguaner wollen nicht mehr nur den Rücktritt Ortegas, "
                        + "sondern einen Neuanfang", "Global Voices auf Deutsch", "Elisa Marvena",
                        "2019-04-30T15:10:10+0000", null);
        List<String> blocks = blocks(article);
        assertThat(blocks.get(1)).startsWith("Seit dem Ausbruch der Massenproteste gegen Präsident Daniel Ortega");
        assertThat(blocks).contains("Nicht nur ein neuer Präsident – ein neuer Anfang");
        assertThat(blocks.get(blocks.size() - 1)).isEqualTo("In der Zwischenzeit rufen Oppositionsgruppen zu "
                + "Demonstrationen zum Gedenken an den Jahrestag der Ereignisse im April 2018 auf. Da die Behörden die "
                + "Demonstration nicht genehmigt haben, wird wieder mit einem harten Durchgreifen der Polizei gerechnet.");
        assertThat(article.text()).doesNotContain("Teile das", "Mehr lesen", "Geschrieben von", "Kommentar",
                "Neueste Beiträge", "Creative Commons", "Monatsarchiv", "Übersetzungen");
    }

    @Test
    void theWikimediaFoundationPageGivesTheNewsPostAndNoExcerptAsStandfirst() throws Exception {
        ArticleDraft article = read("wikimedia-foundation-turkey-access.html");

        assertThat(article).extracting(ArticleDraft::title, ArticleDraft::source, ArticleDraft::byline,
                ArticleDraft::published, ArticleDraft::standfirst)
                .containsExactly("Access to Wikipedia restored in Turkey after more than two and a half years",
                        "Wikimedia Foundation", "Wikimedia Foundation", "2020-01-15T01:01:01+00:00", null);
        List<String> blocks = blocks(article);
        assertThat(blocks.get(1)).startsWith("Today, on Wikipedia’s 19th birthday, the Wikimedia Foundation has received");
        assertThat(blocks.get(blocks.size() - 1)).startsWith("* We have received reports that several internet service "
                + "providers in Turkey").endsWith("as further access is restored.");
        assertThat(article.text()).doesNotContain("Except where otherwise noted", "Related", "Donate", "Powered by");
    }

    @Test
    void theWikipediaJsonLdGivesTheArticlesNameNotItsDescriptionAsHeadline() throws Exception {
        ArticleDraft article = read("wikipedia-new-zealand.html");

        assertThat(article).extracting(ArticleDraft::title, ArticleDraft::source, ArticleDraft::byline,
                ArticleDraft::published, ArticleDraft::url)
                .containsExactly("New Zealand", "Wikimedia Foundation, Inc.", "Contributors to Wikimedia projects",
                        "2001-10-29T01:59:14Z", "https://en.wikipedia.org/wiki/New_Zealand");
        assertThat(blocks(article).get(1)).startsWith("New Zealand (Māori: Aotearoa");
        assertThat(blocks(article)).contains("Cuisine");
        assertThat(article.text()).doesNotContain("constitutional monarchy in Oceania", "Further reading",
                "External links", "Jump to navigation", "Retrieved from");
    }
}
