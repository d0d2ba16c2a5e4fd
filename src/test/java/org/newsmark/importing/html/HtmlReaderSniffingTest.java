package org.newsmark.importing.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which files the web-page reader takes: by name, or by content that starts as an HTML document. */
class HtmlReaderSniffingTest {

    private final HtmlReader reader = new HtmlReader();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void savedPagesAreKnownByTheirNames() {
        byte[] anything = utf8("whatever");
        assertThat(reader.reads("article.html", anything)).isTrue();
        assertThat(reader.reads("ARTICLE.HTM", anything)).isTrue();
        assertThat(reader.reads("page.xhtml", anything)).isTrue();
        assertThat(reader.reads("index.shtml", anything)).isTrue();
        assertThat(reader.reads("notes.txt", anything)).isFalse();
        assertThat(reader.format()).isEqualTo("html");
    }

    @Test
    void contentThatStartsAsAnHtmlDocumentIsAWebPageWhateverItsName() {
        assertThat(reader.reads("download", utf8("<!DOCTYPE html>\n<html lang=\"en\">"))).isTrue();
        assertThat(reader.reads("download", utf8("\n\n  <html><head>"))).isTrue();
        assertThat(reader.reads("download", utf8("\uFEFF<!doctype html><html>"))).isTrue();
        assertThat(reader.reads("download", utf8("<!-- saved from url=(0040)https://example.org/ -->\n<html>"))).isTrue();
        assertThat(reader.reads("download", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">")))
                .isTrue();
        byte[] utf16 = ("\uFEFF<!doctype html><html>").getBytes(StandardCharsets.UTF_16LE);
        assertThat(reader.reads("download", utf16)).isTrue();
    }

    @Test
    void jsonOrTextThatMerelyContainsATagIsNotAWebPage() {
        assertThat(reader.reads("export.json", utf8("{\"text\": \"<html><body>Hi</body></html>\"}"))).isFalse();
        assertThat(reader.reads("notes", utf8("Remember: the page starts with <html> and ends with </html>."))).isFalse();
        assertThat(reader.reads("notes", utf8("<htmlish>"))).isFalse();
        assertThat(reader.reads("data.csv", utf8("title,text\n\"A\",\"<p>B</p>\""))).isFalse();
    }
}
