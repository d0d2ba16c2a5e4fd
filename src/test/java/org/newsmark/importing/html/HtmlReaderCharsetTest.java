package org.newsmark.importing.html;

import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsmark.model.ArticleDraft;

/** A saved page's text comes out right whatever encoding it was saved in, decided as browsers decide. */
class HtmlReaderCharsetTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final HtmlReader reader = new HtmlReader();

    /** A small page whose head carries {@code declaration}; the headline and paragraph carry the test's words. */
    private static String page(String declaration, String headline, String paragraph) {
        return "<!doctype html><html><head>" + declaration + "<title>" + headline + "</title></head><body><article><h1>"
                + headline + "</h1><p>" + paragraph + "</p></article></body></html>";
    }

    private ArticleDraft read(ImportSource source) throws Exception {
        return CollectingSink.readWith(reader, source).drafts().get(0);
    }

    private ArticleDraft read(byte[] bytes) throws Exception {
        return read(ImportSource.ofBytes("page.html", bytes));
    }

    @Test
    void aWindows1252PageDeclaredInAMetaTagKeepsItsQuotesAndAccents() throws Exception {
        byte[] bytes = page("<meta charset=\"windows-1252\">", "Caf\u00e9 owners \u201cstruggle\u201d",
                "Prices rose by 20\u2009% \u2013 or \u20ac2 a cup.").getBytes(WINDOWS_1252);

        ArticleDraft article = read(bytes);
        assertThat(article.title()).isEqualTo("Caf\u00e9 owners \u201cstruggle\u201d");
        assertThat(article.text()).contains("\u2013 or \u20ac2 a cup.");
    }

    @Test
    void aPageLabelledIso88591IsReadAsBrowsersReadItWithWindowsQuotes() throws Exception {
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                "The \u201cquiet\u201d election", "Voters stayed home.").getBytes(WINDOWS_1252);

        assertThat(read(bytes).title()).isEqualTo("The \u201cquiet\u201d election");
    }

    @Test
    void aShiftJisPageDeclaredInAMetaTagIsReadAsJapaneseIncludingMicrosoftsAdditions() throws Exception {
        String headline = "\u6771\u4eac\u3067\u5927\u96e8\u3001\u2460\u4eba\u304c\u907f\u96e3"; // 東京で大雨、①人が避難
        String paragraph = "\u6c17\u8c61\u5e81\u306b\u3088\u308b\u3068\u3001\u96e8\u306f\u660e\u65e5\u307e\u3067"
                + "\u7d9a\u304f\u898b\u8fbc\u307f\u3067\u3059\u3002";
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">", headline,
                paragraph).getBytes(Charset.forName("windows-31j"));

        ArticleDraft article = read(bytes);
        assertThat(article.title()).isEqualTo(headline);
        assertThat(article.text()).isEqualTo(headline + "\n\n" + paragraph);
    }

    @Test
    void aByteOrderMarkDecidesUtf16AndIsNotPartOfTheText() throws Exception {
        String html = page("<meta charset=\"utf-8\">", "\u0141\u00f3d\u017a votes", "Turnout was \u201chigh\u201d.");
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bytes = ("\uFEFF" + html).getBytes(utf16);
            ArticleDraft article = read(bytes);
            assertThat(article.title()).isEqualTo("\u0141\u00f3d\u017a votes");
            assertThat(article.text()).startsWith("\u0141\u00f3d\u017a votes\n\n").endsWith("Turnout was \u201chigh\u201d.");
        }
    }

    @Test
    void theEncodingTheServerDeclaredOverridesTheMetaTag() throws Exception {
        byte[] bytes = page("<meta charset=\"utf-8\">", "Caf\u00e9 culture", "Na\u00efve customers.").getBytes(WINDOWS_1252);
        ImportSource source = ImportSource.ofBytes("page.html", bytes);

        assertThatThrownBy(() -> read(source)).isInstanceOf(ImportException.class).hasMessageContaining("UTF-8");
        assertThat(read(source.withDeclaredEncoding(WINDOWS_1252)).title()).isEqualTo("Caf\u00e9 culture");
    }

    @Test
    void aByteOrderMarkOverridesEvenTheServersDeclaration() throws Exception {
        byte[] bytes = ("\uFEFF" + page("", "Caf\u00e9 culture", "A story.")).getBytes(StandardCharsets.UTF_8);
        ImportSource source = ImportSource.ofBytes("page.html", bytes).withDeclaredEncoding(WINDOWS_1252);

        assertThat(read(source).title()).isEqualTo("Caf\u00e9 culture");
    }

    @Test
    void anUnknownEncodingNameIsIgnoredAndTheEncodingGuessed() throws Exception {
        String html = page("<meta charset=\"x-no-such-encoding\">", "Caf\u00e9 culture", "A story about caf\u00e9s.");
        assertThat(read(html.getBytes(StandardCharsets.UTF_8)).title()).isEqualTo("Caf\u00e9 culture");
        assertThat(read(html.getBytes(WINDOWS_1252)).title()).isEqualTo("Caf\u00e9 culture");
    }

    @Test
    void withoutADeclarationValidUtf8IsUtf8AndOtherBytesTheChosenEncodingOrWindows1252() throws Exception {
        String greek = page("", "\u0395\u03ba\u03bb\u03bf\u03b3\u03ad\u03c2 \u03c3\u03c4\u03b7\u03bd \u0391\u03b8\u03ae\u03bd\u03b1",
                "\u039f\u03b9 \u03ba\u03ac\u03bb\u03c0\u03b5\u03c2 \u03ad\u03ba\u03bb\u03b5\u03b9\u03c3\u03b1\u03bd.");
        assertThat(read(greek.getBytes(StandardCharsets.UTF_8)).title()).startsWith("\u0395\u03ba\u03bb\u03bf\u03b3");

        Charset iso88597 = Charset.forName("ISO-8859-7");
        byte[] bytes = greek.getBytes(iso88597);
        ImportSource chosenGreek = new ImportSource("page.html", bytes.length, () -> new ByteArrayInputStream(bytes),
                iso88597, null, null, null);
        assertThat(read(chosenGreek).title()).startsWith("\u0395\u03ba\u03bb\u03bf\u03b3");

        byte[] western = page("", "Caf\u00e9 \u201cculture\u201d", "A story.").getBytes(WINDOWS_1252);
        assertThat(read(western).title()).isEqualTo("Caf\u00e9 \u201cculture\u201d");
    }

    @Test
    void aDeclarationBeyondTheStartOfThePageIsNotLookedFor() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(("<!doctype html><html><head><script>/*" + "x".repeat(5000) + "*/</script>"
                + "<meta charset=\"windows-1252\"><title>Caf\u00e9 culture</title></head><body><p>A story about caf\u00e9s."
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));

        assertThat(read(bytes.toByteArray()).title()).isEqualTo("Caf\u00e9 culture");
    }
}
