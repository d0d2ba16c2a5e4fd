package org.newsmark.importing.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.newsmark.importing.ArticleMetadata;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import org.newsmark.importing.WebPages;

/**
 * Imports an article from a web address: fetches the page and hands back the {@link ImportSource} a
 * reader reads, with the format of the reader to use ("html" or "text"), chosen by the page's
 * Content-Type since an address, unlike a file name, says nothing about its format. Run it on a
 * background thread: interrupting that thread stops the fetch at once.
 */
public final class UrlImport implements WebPages {

    private final UrlFetcher fetcher;

    public UrlImport(UrlFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Fetching with the standard limits ({@link FetchLimits}). */
    public static UrlImport standard() {
        return new UrlImport(new UrlFetcher());
    }

    /**
     * @throws InterruptedException when the thread was interrupted: the fetch was stopped and its
     *                              connection closed
     */
    @Override
    public Fetched fetch(String address) throws ImportException, InterruptedException {
        return sourceOf(fetcher.fetch(address));
    }

    /**
     * The page as a source named by its final address, which is also its metadata's URL. The charset
     * its server declared is passed on as declared, since it outranks what a page says about itself,
     * and is the encoding to assume too, for readers of plain text; without one, UTF-8.
     */
    public static Fetched sourceOf(FetchedPage page) {
        String url = page.uri().toString();
        Charset declared = page.charset();
        byte[] body = page.body();
        ImportSource source = new ImportSource(url, body.length, () -> new ByteArrayInputStream(body),
                declared == null ? StandardCharsets.UTF_8 : declared, declared,
                new ArticleMetadata(null, null, null, null, url), FieldMapping.AUTOMATIC);
        return new Fetched(source, PageFormats.formatOf(page));
    }
}
