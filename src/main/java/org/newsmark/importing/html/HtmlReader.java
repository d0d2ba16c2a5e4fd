package org.newsmark.importing.html;

import org.newsmark.importing.ArticleReader;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import java.io.IOException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsmark.model.ArticleDraft;

/**
 * Web pages saved from a browser or downloaded ({@code .html}, {@code .htm}, {@code .xhtml},
 * {@code .shtml}, or any file that starts as an HTML document): one article each. The article's text is
 * the page's body without its navigation, advertising, share and comment boxes, laid out as the
 * plain-text reader lays out a news file; its headline, outlet, byline, date and address come from
 * the page's metadata (JSON-LD, OpenGraph, meta tags, then what the page shows), unless a sidecar
 * file or the address it was fetched from says otherwise.
 */
public final class HtmlReader implements ArticleReader {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")
                || HtmlSniffing.isHtml(head);
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        String html = HtmlDecoder.decode(source.readAll(), source);
        if (!HtmlSniffing.hasMarkup(html)) {
            throw new ImportException("it is not a web page: it has no HTML markup (import it as a text file)");
        }
        if (HtmlSniffing.isSavedIncompletely(html)) {
            throw new ImportException("the page was saved incompletely: it breaks off before its end, so part of "
                    + "the article may be missing; save the page again once it has loaded fully");
        }
        Document page = Jsoup.parse(html, baseAddress(source));
        PageFields metadata = PageMetadata.read(page, source.metadata());
        ArticleDraft draft = ArticleLayout.compose(metadata, ArticleBody.blocks(page));
        sink.article("", draft);
    }

    /** The address relative links on the page are resolved against, when the page's address is known. */
    private static String baseAddress(ImportSource source) {
        String url = source.metadata().url() != null ? source.metadata().url() : source.name();
        return PageText.absoluteUrl(url, null) != null ? url : "";
    }
}
