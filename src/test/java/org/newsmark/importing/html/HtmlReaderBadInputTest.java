package org.newsmark.importing.html;

import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files that are not a readable web page are refused with a reason the person importing understands. */
class HtmlReaderBadInputTest {

    private final HtmlReader reader = new HtmlReader();

    private static final String ARTICLE = "<!doctype html><html><head><title>Floods close the valley road</title></head>"
            + "<body><article><h1>Floods close the valley road</h1>"
            + "<p>The road through the valley was closed on Monday after two days of heavy rain.</p>"
            + "<p>Council workers expect to reopen it by the weekend, a spokeswoman said.</p>"
            + "</article></body></html>";

    private static ImportSource page(String name, byte[] bytes) {
        return ImportSource.ofBytes(name, bytes);
    }

    private static ImportSource page(String html) {
        return page("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page("empty.html", new byte[0])))
                .isInstanceOf(ImportException.class).hasMessage("the file is empty");
    }

    @Test
    void aPictureSavedUnderAPageNameIsNotAWebPage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page("photo.html", png)))
                .isInstanceOf(ImportException.class).hasMessage("it is a PNG image, not a web page");
    }

    @Test
    void aZipArchiveRenamedHtmlIsNotAWebPage() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page("saved-page.html", zipped.toByteArray())))
                .isInstanceOf(ImportException.class).hasMessageContaining("a ZIP archive").hasMessageEndingWith("not a web page");
    }

    @Test
    void otherBinaryDataIsNotAWebPage() {
        byte[] data = new byte[512];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page("data.html", data)))
                .isInstanceOf(ImportException.class).hasMessage("it is a binary file, not a web page");
    }

    @Test
    void aPageCutOffInTheMiddleOfATagWasSavedIncompletely() {
        String cut = ARTICLE.substring(0, ARTICLE.indexOf("<p>Council") + 2);
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page(cut)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("the page was saved incompletely");
    }

    @Test
    void aPageCutOffInTheMiddleOfAParagraphWasSavedIncompletely() {
        String cut = ARTICLE.substring(0, ARTICLE.indexOf("a spokeswoman"));
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page(cut)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("the page was saved incompletely");
    }

    @Test
    void aCompletePageIsReadAndAFragmentWithoutDocumentTagsIsNotCalledIncomplete() throws Exception {
        assertThat(CollectingSink.readWith(reader, page(ARTICLE)).drafts()).singleElement()
                .satisfies(draft -> assertThat(draft.text()).endsWith("a spokeswoman said."));
        String fragment = "<h1>Floods close the valley road</h1><p>The road through the valley was closed on Monday.</p>";
        assertThat(CollectingSink.readWith(reader, page(fragment)).drafts()).hasSize(1);
    }

    @Test
    void invalidUtf8InAPageThatSaysItIsUtf8IsRefusedNamingWhere() {
        byte[] head = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = " culture</title></head><body><p>It is a story about cafes.</p></body></html>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // "é" in Latin-1, not UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);

        assertThatThrownBy(() -> CollectingSink.readWith(reader, page("cafe.html", bytes)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("the page says it is UTF-8")
                .hasMessageContaining("at byte " + head.length);
    }

    @Test
    void aPageOverTwentyMegabytesIsRefusedWithTheSizeInTheReason() {
        byte[] huge = new byte[21 * 1024 * 1024];
        byte[] start = ARTICLE.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, huge, 0, start.length);
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page("huge.html", huge)))
                .isInstanceOf(ImportException.class).hasMessage("it is 21 MB; a single article over 20 MB is not imported");
    }

    @Test
    void aPageThatIsOnlyNavigationHasNoArticleText() {
        String navigation = "<!doctype html><html><head><title>Site map</title></head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
                + "<div class=\"menu\"><a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></div>"
                + "<ul><li><a href=\"/a\">Floods close the valley road</a></li><li><a href=\"/b\">Council meets</a></li></ul>"
                + "<footer>© The Valley Times</footer></body></html>";
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page(navigation)))
                .isInstanceOf(ImportException.class).hasMessage("no article text was found on the page");
    }

    @Test
    void tenThousandNestedDivsDoNotOverflowTheStack() throws Exception {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Deep page</title></head><body>");
        html.append("<div>".repeat(10_000));
        html.append("<p>The text at the bottom of a very deep page is still the article.</p>");
        html.append("</div>".repeat(10_000)).append("</body></html>");

        assertThat(CollectingSink.readWith(reader, page(html.toString())).drafts()).singleElement()
                .satisfies(draft -> assertThat(draft.text())
                        .isEqualTo("Deep page\n\nThe text at the bottom of a very deep page is still the article."));
    }

    @Test
    void aTextFileNamedHtmlIsNotAWebPage() {
        byte[] text = "Floods close the valley road\n\nThe road was closed on Monday.".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CollectingSink.readWith(reader, page("notes.html", text)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("it is not a web page");
    }

    @Test
    void brokenJsonLdIsIgnoredAndThePageStillReads() throws Exception {
        String html = ARTICLE.replace("</head>", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"headline\": \"Never closed</script></head>");
        assertThat(CollectingSink.readWith(reader, page(html)).drafts()).singleElement()
                .satisfies(draft -> assertThat(draft.title()).isEqualTo("Floods close the valley road"));
    }
}
