package org.newsmark.importing.html;

import org.newsmark.importing.ArticleMetadata;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsmark.model.ArticleDraft;

/** The headline, outlet, byline, date and address a saved page states, taken from its most trusted layer. */
class HtmlReaderMetadataTest {

    private static final String BODY = "<p>The road through the valley was closed on Monday after two days of heavy rain.</p>"
            + "<p>Council workers expect to reopen it by the weekend, a spokeswoman said.</p>";

    private static final String JSON_LD = "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
            + " \"@type\": \"NewsArticle\", \"headline\": \"JSON-LD headline\", \"description\": \"JSON-LD summary.\","
            + " \"author\": {\"@type\": \"Person\", \"name\": \"Jay Sonld\"}, \"publisher\": {\"@type\": \"Organization\","
            + " \"name\": \"JSON-LD Times\"}, \"datePublished\": \"2024-01-01T10:00:00Z\","
            + " \"url\": \"https://jsonld.example/story\"}</script>";
    private static final String OPEN_GRAPH = "<meta property=\"og:title\" content=\"OpenGraph headline\">"
            + "<meta property=\"og:description\" content=\"OpenGraph summary.\">"
            + "<meta property=\"og:site_name\" content=\"OpenGraph Post\">"
            + "<meta property=\"article:author\" content=\"Olive Graph\">"
            + "<meta property=\"article:published_time\" content=\"2024-02-02T10:00:00Z\">"
            + "<meta property=\"og:url\" content=\"https://opengraph.example/story\">";
    private static final String META = "<meta name=\"dc.title\" content=\"Meta headline\">"
            + "<meta name=\"description\" content=\"Meta summary.\">"
            + "<meta name=\"dc.publisher\" content=\"Meta Gazette\">"
            + "<meta name=\"author\" content=\"Meta Author\">"
            + "<meta name=\"date\" content=\"2024-03-03\">"
            + "<meta name=\"parsely-link\" content=\"https://meta.example/story\">";
    private static final String IN_PAGE = "<link rel=\"canonical\" href=\"https://www.inpage.example/story\">";
    private static final String IN_PAGE_BODY = "<h1>Page headline</h1><p class=\"byline\">By <a rel=\"author\" href=\"/p\">"
            + "Paige Writer</a></p><time datetime=\"2024-04-04\">4 April</time>";

    private final HtmlReader reader = new HtmlReader();

    private static String page(String head, String bodyTop) {
        return "<!doctype html><html><head><title>Window title</title>" + head + "</head><body><article>" + bodyTop
                + BODY + "</article></body></html>";
    }

    private ArticleDraft read(String html) throws Exception {
        return read(ImportSource.ofBytes("page.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    private ArticleDraft read(ImportSource source) throws Exception {
        return CollectingSink.readWith(reader, source).drafts().get(0);
    }

    @Test
    void jsonLdIsTrustedBeforeOpenGraphBeforeOtherMetaTagsBeforeThePageItself() throws Exception {
        ArticleDraft all = read(page(JSON_LD + OPEN_GRAPH + META + IN_PAGE, IN_PAGE_BODY));
        assertThat(all).extracting(ArticleDraft::title, ArticleDraft::standfirst, ArticleDraft::source,
                ArticleDraft::byline, ArticleDraft::published, ArticleDraft::url)
                .containsExactly("JSON-LD headline", "JSON-LD summary.", "JSON-LD Times", "Jay Sonld",
                        "2024-01-01T10:00:00Z", "https://jsonld.example/story");

        ArticleDraft noJsonLd = read(page(OPEN_GRAPH + META + IN_PAGE, IN_PAGE_BODY));
        assertThat(noJsonLd).extracting(ArticleDraft::title, ArticleDraft::standfirst, ArticleDraft::source,
                ArticleDraft::byline, ArticleDraft::published, ArticleDraft::url)
                .containsExactly("OpenGraph headline", "OpenGraph summary.", "OpenGraph Post", "Olive Graph",
                        "2024-02-02T10:00:00Z", "https://opengraph.example/story");

        ArticleDraft metaOnly = read(page(META + IN_PAGE, IN_PAGE_BODY));
        assertThat(metaOnly).extracting(ArticleDraft::title, ArticleDraft::standfirst, ArticleDraft::source,
                ArticleDraft::byline, ArticleDraft::published, ArticleDraft::url)
                .containsExactly("Meta headline", "Meta summary.", "Meta Gazette", "Meta Author", "2024-03-03",
                        "https://meta.example/story");

        ArticleDraft pageOnly = read(page(IN_PAGE, IN_PAGE_BODY));
        assertThat(pageOnly).extracting(ArticleDraft::title, ArticleDraft::standfirst, ArticleDraft::source,
                ArticleDraft::byline, ArticleDraft::published, ArticleDraft::url)
                .containsExactly("Window title", null, "inpage.example", "Paige Writer", "2024-04-04",
                        "https://www.inpage.example/story");
    }

    @Test
    void metadataFromOutsideTheFileWinsOverEverythingThePageSays() throws Exception {
        ImportSource source = ImportSource.ofBytes("page.html", page(JSON_LD + OPEN_GRAPH, "").getBytes(StandardCharsets.UTF_8))
                .withMetadata(new ArticleMetadata("Sidecar headline", "Sidecar Weekly", "Sid Car", "2023-12-31",
                        "https://sidecar.example/a"));

        ArticleDraft article = read(source);
        assertThat(article).extracting(ArticleDraft::title, ArticleDraft::source, ArticleDraft::byline,
                ArticleDraft::published, ArticleDraft::url)
                .containsExactly("Sidecar headline", "Sidecar Weekly", "Sid Car", "2023-12-31", "https://sidecar.example/a");
        assertThat(article.text()).startsWith("Sidecar headline\n\n");
    }

    @Test
    void jsonLdMayBeAnArrayOrAGraphWithPeopleAndPublisherGivenByReference() throws Exception {
        String array = "<script type=\"application/ld+json\">[{\"@type\": \"WebSite\", \"name\": \"Site\"},"
                + " {\"@type\": \"BlogPosting\", \"headline\": \"Array headline\", \"author\": \"Ann Array\"}]</script>";
        assertThat(read(page(array, ""))).extracting(ArticleDraft::title, ArticleDraft::byline)
                .containsExactly("Array headline", "Ann Array");

        String graph = "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"Person\", \"@id\": \"#a\", \"name\": \"Gerd Graph\"},"
                + "{\"@type\": \"Person\", \"@id\": \"#b\", \"givenName\": \"Nora\", \"familyName\": \"Node\"},"
                + "{\"@type\": \"NewsMediaOrganization\", \"@id\": \"#org\", \"name\": \"Graph Herald\"},"
                + "{\"@type\": [\"Article\", \"AnalysisNewsArticle\"], \"headline\": \"Graph headline\","
                + " \"author\": [{\"@id\": \"#a\"}, {\"@id\": \"#b\"}, {\"@id\": \"#a\"}], \"publisher\": {\"@id\": \"#org\"},"
                + " \"mainEntityOfPage\": {\"@type\": \"WebPage\", \"@id\": \"https://graph.example/story\"}}]}</script>";
        assertThat(read(page(graph, ""))).extracting(ArticleDraft::title, ArticleDraft::byline, ArticleDraft::source,
                ArticleDraft::url)
                .containsExactly("Graph headline", "Gerd Graph, Nora Node", "Graph Herald", "https://graph.example/story");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BlogPosting", "LiveBlogPosting", "http://schema.org/NewsArticle"})
    void everyKindOfArticleIsRead(String type) throws Exception {
        String jsonLd = "<script type=\"application/ld+json\"><!--\n{\"@type\": \"" + type + "\", \"headline\": \"Typed "
                + "headline\", \"author\": [{\"@type\": \"Person\", \"name\": \"Ty Ped\"}, \"Second Author\"],"
                + " \"publisher\": \"Type Tribune\"}\n--></script>";
        assertThat(read(page(jsonLd, ""))).extracting(ArticleDraft::title, ArticleDraft::byline, ArticleDraft::source)
                .containsExactly("Typed headline", "Ty Ped, Second Author", "Type Tribune");
    }

    @Test
    void jsonLdOfOtherThingsThanArticlesIsNotTakenForTheArticle() throws Exception {
        String recipe = "<script type=\"application/ld+json\">{\"@type\": \"Recipe\", \"name\": \"Lemon cake\","
                + " \"author\": \"Baker\"}</script>";
        assertThat(read(page(recipe + OPEN_GRAPH, ""))).extracting(ArticleDraft::title, ArticleDraft::byline)
                .containsExactly("OpenGraph headline", "Olive Graph");
    }

    @Test
    void theSiteNameIsTakenOffTheWindowTitleButOtherDashesStay() throws Exception {
        String site = "<meta property=\"og:site_name\" content=\"The Valley Times\">";
        assertThat(read(titled("Floods close the road | The Valley Times", site)).title()).isEqualTo("Floods close the road");
        assertThat(read(titled("The Valley Times - Floods close the road", site)).title()).isEqualTo("Floods close the road");
        assertThat(read(titled("Floods \u2013 what happens next", site)).title()).isEqualTo("Floods \u2013 what happens next");
        assertThat(read(titled("Floods close the road - Other Outlet", site)).title())
                .isEqualTo("Floods close the road - Other Outlet");
    }

    private static String titled(String windowTitle, String head) {
        return "<!doctype html><html><head><title>" + windowTitle + "</title>" + head + "</head><body>" + BODY
                + "</body></html>";
    }

    @Test
    void thePagesMainHeadingIsTheHeadlineWhenTheWindowTitleAddsTheSitesName() throws Exception {
        String html = "<!doctype html><html><head><title>Regression testing - Wikipedia</title></head><body>"
                + "<h1>Regression testing</h1>" + BODY + "</body></html>";
        assertThat(read(html).title()).isEqualTo("Regression testing");
    }

    @Test
    void theOutletFallsBackToTheHostOfTheAddressWithoutWww() throws Exception {
        assertThat(read(page(IN_PAGE, "")).source()).isEqualTo("inpage.example");
        ImportSource fetched = ImportSource.ofBytes("https://www.fetched.example/news/1", page("", "")
                .getBytes(StandardCharsets.UTF_8)).withMetadata(new ArticleMetadata(null, null, null, null,
                "https://www.fetched.example/news/1"));
        assertThat(read(fetched)).extracting(ArticleDraft::source, ArticleDraft::url)
                .containsExactly("fetched.example", "https://www.fetched.example/news/1");
    }

    @Test
    void aRelativeCanonicalAddressIsResolvedAgainstTheAddressThePageCameFrom() throws Exception {
        byte[] html = page("<link rel=\"canonical\" href=\"/news/floods\">", "").getBytes(StandardCharsets.UTF_8);
        ImportSource fetched = ImportSource.ofBytes("https://valley.example/news/floods?utm=x", html);
        assertThat(read(fetched).url()).isEqualTo("https://valley.example/news/floods");

        ImportSource file = ImportSource.ofBytes("floods.html", html);
        assertThat(read(file).url()).isNull();
    }

    @Test
    void severalAuthorsAreJoinedAndProfileLinksAndRepeatsLeftOut() throws Exception {
        String head = "<meta name=\"author\" content=\"By Ann Able\"><meta name=\"author\" content=\"Ben Baker\">"
                + "<meta name=\"author\" content=\"ann able\">";
        assertThat(read(page(head, "")).byline()).isEqualTo("Ann Able, Ben Baker");

        String profileOnly = "<meta property=\"article:author\" content=\"https://www.facebook.com/someone\">"
                + "<meta name=\"author\" content=\"Cara Cole\">";
        assertThat(read(page(profileOnly, "")).byline()).isEqualTo("Cara Cole");
    }

    @Test
    void entitiesInMetadataAreDecoded() throws Exception {
        String jsonLd = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\":"
                + " \"Smith &amp; Jones &#8217;settle&#8217;\"}</script>";
        assertThat(read(page(jsonLd, "")).title()).isEqualTo("Smith & Jones \u2019settle\u2019");

        String escapedTwice = "<meta property=\"og:description\" content=\"&lt;p&gt;Talks &amp;amp; more talks.&lt;/p&gt;\">";
        assertThat(read(page(escapedTwice, "")).standfirst()).isEqualTo("Talks & more talks.");
    }
}
