package org.newsmark.importing.html;

import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.ArticleDraft;

/** The article text taken from a page: its paragraphs, in order, without the page around them. */
class HtmlReaderBodyTest {

    private final HtmlReader reader = new HtmlReader();

    private ArticleDraft read(String html) throws Exception {
        return read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private ArticleDraft read(String name, byte[] bytes) throws Exception {
        return CollectingSink.readWith(reader, ImportSource.ofBytes(name, bytes)).drafts().get(0);
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body>" + body + "</body></html>";
    }

    private static List<String> blocks(ArticleDraft article) {
        return List.of(article.text().split("\n\n"));
    }

    @Test
    void aFullNewsPageGivesTheStoryAloneWithItsMetadata() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/html/handmade/valley-times-floods.html")) {
            bytes = in.readAllBytes();
        }
        ArticleDraft article = read("valley-times-floods.html", bytes);

        assertThat(article).extracting(ArticleDraft::title, ArticleDraft::source, ArticleDraft::byline,
                ArticleDraft::published, ArticleDraft::url)
                .containsExactly("Floods close the valley road", "The Valley Times", "Maria Lopez, Tom Baker",
                        "2024-03-11T07:30:00Z", "https://www.valleytimes.example/news/2024/03/11/floods-close-road");
        assertThat(article.standfirst())
                .isEqualTo("The only road into the upper valley will stay shut until the water drops, the council says.");
        assertThat(blocks(article)).containsExactly(
                "Floods close the valley road",
                "The only road into the upper valley will stay shut until the water drops, the council says.",
                "The road through the upper valley was closed on Monday morning after two days of heavy rain pushed the "
                        + "river over its banks at Millford Bridge.",
                "Council engineers said the water was about \u00bd a metre deep on the carriageway and still rising "
                        + "\u2013 \u201cfar too deep for any car\u201d.",
                "About 1,200 people live above the bridge. Farmers there said they had enough feed for their animals for "
                        + "a week, but not much longer.",
                "Roads affected",
                "Besides the valley road, these routes were closed on Monday evening:",
                "the B4417 between Millford and Upper Ashby,",
                "Church Lane in Lower Ashby, where a wall collapsed,",
                "the ford at Kettle Bottom, as every winter.",
                "We have seen floods before, but never this early in the year and never this fast.",
                "Residents can call the council's flood line or write to the emergency office:\n"
                        + "Valley Council Emergency Office\n1 Market Square, Millford",
                "The Environment Agency expects the river to fall below its banks by Thursday, when engineers will "
                        + "inspect the road for damage before it reopens.");
    }

    @Test
    void theTextHasNoPageFurnitureAroundTheStory() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/html/handmade/valley-times-floods.html")) {
            bytes = in.readAllBytes();
        }
        String text = read("valley-times-floods.html", bytes).text();

        assertThat(text).doesNotContain("Skip to content", "cookies", "Sport", "Advertisement", "Share this article",
                "Photo:", "Related stories", "River defences", "morning briefing", "Sign up", "Topics:", "Comments",
                "RiverWatcher", "volunteers", "Most read", "bakery", "All rights reserved", "dataLayer", "min-height");
    }

    @Test
    void headingsListItemsAndQuotationsAreBlocksAndLineBreaksStayInside() throws Exception {
        String html = page("Budget day", "<article><h1>Budget day</h1>"
                + "<p>  The   minister\n spoke for <b>two</b> hours&nbsp;and took&#160;questions.</p>"
                + "<h2>What changes</h2><ol><li>Income tax: <em>unchanged</em></li><li>Fuel duty: up 2p</li></ol>"
                + "<blockquote><p>A budget for growth.</p><p>And for families.</p></blockquote>"
                + "<p>Written answers:<br>Treasury<br/>   London</p>"
                + "<div>Loose text in a div that is a paragraph of its own.<br><br>And a second one after two breaks.</div>"
                + "</article>");

        assertThat(read(html).text()).isEqualTo("Budget day\n\n"
                + "The minister spoke for two hours and took questions.\n\n"
                + "What changes\n\nIncome tax: unchanged\n\nFuel duty: up 2p\n\n"
                + "A budget for growth.\n\nAnd for families.\n\n"
                + "Written answers:\nTreasury\nLondon\n\n"
                + "Loose text in a div that is a paragraph of its own.\n\nAnd a second one after two breaks.");
    }

    @Test
    void theHeadlineIsNotRepeatedNorTheSectionLabelAboveIt() throws Exception {
        String html = page("Rail strike called off | The Courier", "<main><p><a href=\"/business\">Business</a></p>"
                + "<h1>Rail strike called off</h1><p>The union called off next week's strike after talks on Friday.</p>"
                + "</main>");
        assertThat(read(html).text())
                .isEqualTo("Rail strike called off\n\nThe union called off next week's strike after talks on Friday.");
    }

    @Test
    void withoutMarkupTheContainerWithTheMostProseAndFewestLinksIsTheArticle() throws Exception {
        String story = "<p>The harbour authority approved the new ferry terminal after a two-year planning battle with "
                + "residents.</p>".repeat(1) + "<p>Construction is due to start in the spring and to last eighteen months, "
                + "the authority said.</p><p>Residents' groups said they would study the decision before deciding whether "
                + "to appeal it.</p>";
        String links = "<p><a href=\"/1\">Ferry timetable changes for the summer season announced</a> and "
                + "<a href=\"/2\">Harbour car park to close for resurfacing works next month</a></p>";
        String html = page("Ferry terminal approved", "<div id=\"wrap\"><div class=\"col\">" + links + links + "</div>"
                + "<div class=\"col\">" + story + "</div><div class=\"col\"><p>Short note.</p></div></div>");

        ArticleDraft article = read(html);
        assertThat(blocks(article)).hasSize(4);
        assertThat(article.text()).startsWith("Ferry terminal approved\n\nThe harbour authority approved")
                .endsWith("before deciding whether to appeal it.").doesNotContain("timetable", "Short note");
    }

    @Test
    void anArticleSplitByAnAdvertisementIsReadInBothParts() throws Exception {
        String part = "<p>%s paragraph of the story about the new library, long enough to be counted as prose.</p>";
        String html = page("New library opens", "<div class=\"page\"><div class=\"body-part\">" + part.formatted("First")
                + part.formatted("Second") + "</div><div class=\"advert\"><p>Buy the new phone today, only while stocks "
                + "last, at all good shops near you.</p></div><div class=\"body-part\">" + part.formatted("Third")
                + part.formatted("Fourth") + "</div></div><div class=\"footer-links\"><a href=\"/\">Home</a></div>");

        ArticleDraft article = read(html);
        assertThat(article.text()).contains("First paragraph", "Second paragraph", "Third paragraph", "Fourth paragraph")
                .doesNotContain("phone", "Home");
        assertThat(article.text().indexOf("Second")).isLessThan(article.text().indexOf("Third"));
    }

    @Test
    void markedArticleBodyMicrodataIsPreferredOverABiggerBoxOfTeasers() throws Exception {
        String teaser = "<p>Another story from the same newspaper with an opening paragraph long enough to count as prose.</p>";
        String html = page("Mayor resigns", "<div itemprop=\"articleBody\"><p>The mayor resigned on Tuesday after "
                + "a vote of no confidence.</p><p>An election will be held in June.</p></div>"
                + "<div class=\"more\">" + teaser.repeat(6) + "</div>");

        assertThat(read(html).text()).isEqualTo("Mayor resigns\n\nThe mayor resigned on Tuesday after a vote of no "
                + "confidence.\n\nAn election will be held in June.");
    }

    @Test
    void readerCommentsAreLeftOutEvenWhenThereIsMoreCommentThanArticle() throws Exception {
        String comment = "<div class=\"comment-body\"><p>I have lived here for thirty years and I have never seen the "
                + "council do anything this sensible, well done to everyone involved.</p></div>";
        String html = page("Park to get new trees", "<article><h1>Park to get new trees</h1><p>The council will "
                + "plant two hundred trees in the central park this autumn, its parks committee decided.</p></article>"
                + "<div id=\"comments\">" + comment.repeat(10) + "</div>");

        ArticleDraft article = read(html);
        assertThat(article.text()).contains("two hundred trees").doesNotContain("thirty years");
    }

    @Test
    void hiddenElementsScriptsStylesAndFormsAreNotText() throws Exception {
        String html = page("Election results", "<article><p>The results were announced at midnight in the town hall.</p>"
                + "<p hidden>Draft: check figures</p><div style=\"display: none\">Old version of the story</div>"
                + "<span aria-hidden=\"true\">Icon</span><script>var x = 'script text';</script>"
                + "<style>p { color: red }</style><noscript>Enable JavaScript</noscript>"
                + "<form><label>Search</label><input value=\"x\"><button>Go</button></form>"
                + "<p>Turnout was the highest since 1992.</p></article>");

        assertThat(read(html).text()).isEqualTo("Election results\n\nThe results were announced at midnight in the town "
                + "hall.\n\nTurnout was the highest since 1992.");
    }

    @Test
    void aDescriptionThatOpensTheArticleIsNotRepeatedAndAnExcerptIsNoStandfirst() throws Exception {
        String first = "The bridge will close for repairs from Monday, the council said on Friday.";
        String body = "<article><p>" + first + "</p><p>Buses will take a longer route through the old town meanwhile.</p>"
                + "</article>";
        String opening = "<meta property=\"og:description\" content=\"" + first + "\">";
        ArticleDraft sameAsFirst = read("<!doctype html><html><head><title>Bridge to close</title>" + opening
                + "</head><body>" + body + "</body></html>");
        assertThat(sameAsFirst.standfirst()).isEqualTo(first);
        assertThat(blocks(sameAsFirst)).containsExactly("Bridge to close", first,
                "Buses will take a longer route through the old town meanwhile.");

        String excerpt = "<meta property=\"og:description\" content=\"The bridge will close for repairs from Monday, the "
                + "council said\u2026\">";
        ArticleDraft teaser = read("<!doctype html><html><head><title>Bridge to close</title>" + excerpt
                + "</head><body>" + body + "</body></html>");
        assertThat(teaser.standfirst()).isNull();
        assertThat(blocks(teaser)).hasSize(3);
    }

    @Test
    void aDatelineOpeningTheArticleGivesItsDateWhenTheMetadataHasNone() throws Exception {
        String html = page("Volcano erupts", "<div id=\"content\"><h1>Volcano erupts</h1><p><strong>Friday, July 21, "
                + "2017</strong></p><p>A volcano erupted on Friday, sending ash two kilometres into the sky.</p></div>");
        ArticleDraft article = read(html);
        assertThat(article.published()).isEqualTo("2017-07-21");
        assertThat(article.text()).startsWith("Volcano erupts\n\nFriday, July 21, 2017\n\nA volcano erupted");
    }

    @Test
    void listsOfLinksAndEmptiedEndSectionsAreLeftOut() throws Exception {
        String html = page("Museum reopens", "<article><p>The museum reopened on Saturday after a year of building work "
                + "on its roof.</p><p>Read more: <a href=\"/m\">Museum closes for a year of repairs</a></p>"
                + "<h2>See also</h2><ul><li><a href=\"/a\">Other museums in the city</a></li></ul>"
                + "<h2>Sources</h2><ul><li><a href=\"https://news.example/1\">Museum reopens</a>, News Example</li></ul>"
                + "</article>");
        assertThat(read(html).text())
                .isEqualTo("Museum reopens\n\nThe museum reopened on Saturday after a year of building work on its roof.");
    }

    @Test
    void classNamesThatOnlyResembleFurnitureKeepTheirText() throws Exception {
        String html = page("Harbour wall repaired", "<header><h1>Harbour wall repaired</h1></header>"
                + "<article class=\"post has-comments category-social-affairs tag-cookies\">"
                + "<p>The harbour wall damaged in January's storm has been repaired at a cost of two million pounds.</p>"
                + "<div class=\"hidden-xs\"><p>Boats can use the outer berths again from next week, the harbour master "
                + "said.</p></div></article>");

        assertThat(read(html).text()).isEqualTo("Harbour wall repaired\n\nThe harbour wall damaged in January's storm "
                + "has been repaired at a cost of two million pounds.\n\nBoats can use the outer berths again from next "
                + "week, the harbour master said.");
    }

    @Test
    void aHeadlineCutShortInTheMetadataIsTakenWholeFromThePage() throws Exception {
        String full = "Floods close the valley road as the river bursts its banks at Millford for the third time this year";
        String html = "<!doctype html><html><head><title>Valley news</title><meta property=\"og:title\" content=\""
                + "Floods close the valley road as the river bursts its banks at\u2026\"></head><body><article><h1>" + full
                + "</h1><p>The road through the valley was closed on Monday after two days of heavy rain.</p></article>"
                + "</body></html>";

        ArticleDraft article = read(html);
        assertThat(article.title()).isEqualTo(full);
        assertThat(article.text()).isEqualTo(full + "\n\nThe road through the valley was closed on Monday after two "
                + "days of heavy rain.");
    }
}
