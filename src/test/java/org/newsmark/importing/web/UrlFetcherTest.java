package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsmark.importing.ImportException;

/** What a person gets back for an address they typed: the page, or the reason in their words. */
class UrlFetcherTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anHtmlPageComesBackWithTheCharsetItsHeaderDeclares() throws Exception {
        byte[] html = "<html><title>Zürich votes</title></html>".getBytes(StandardCharsets.ISO_8859_1);
        server.page("/article", "text/html; charset=ISO-8859-1", html);

        FetchedPage page = fetcher.fetch(server.url("/article"));

        assertThat(page.uri()).isEqualTo(URI.create(server.url("/article")));
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(page.body()).isEqualTo(html);
    }

    @Test
    void plainTextWithoutACharsetHasNone() throws Exception {
        server.page("/notes.txt", "Text/Plain", "Council meets today.".getBytes(StandardCharsets.UTF_8));

        FetchedPage page = fetcher.fetch(server.url("/notes.txt"));

        assertThat(page.mediaType()).isEqualTo("text/plain");
        assertThat(page.charset()).isNull();
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("Council meets today.");
    }

    @Test
    void aCharsetJavaDoesNotKnowIsIgnoredRatherThanRefused() throws Exception {
        server.page("/odd", "text/html; charset=\"x-no-such-charset\"", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(fetcher.fetch(server.url("/odd")).charset()).isNull();
    }

    @Test
    void anEmptyPageIsRefused() {
        server.page("/empty", "text/html", new byte[0]);

        assertThatThrownBy(() -> fetcher.fetch(server.url("/empty"))).isInstanceOf(ImportException.class)
                .hasMessage("the server sent an empty page");
    }

    @ParameterizedTest
    @CsvSource({"404, the server answered 404 Not Found", "500, the server answered 500 Internal Server Error",
        "403, the server answered 403 Forbidden", "418, the server answered 418"})
    void anHttpErrorIsReportedWithItsStatus(int status, String message) {
        server.status("/page", status);

        assertThatThrownBy(() -> fetcher.fetch(server.url("/page"))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @CsvSource({"application/pdf", "image/png", "application/octet-stream", "application/zip"})
    void contentNewsmarkCannotReadIsRefusedByItsType(String type) {
        server.page("/file", type, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> fetcher.fetch(server.url("/file"))).isInstanceOf(ImportException.class)
                .hasMessage("the address gives " + type + ", not a web page or plain text");
    }

    @Test
    void theRequestNamesNewsmarkAndWhatItCanRead() throws Exception {
        CompletableFuture<Headers> seen = new CompletableFuture<>();
        server.on("/who", exchange -> {
            seen.complete(exchange.getRequestHeaders());
            LocalHttpServer.respond(exchange, 200, "text/html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
        });

        fetcher.fetch(server.url("/who"));

        Headers headers = seen.get(5, TimeUnit.SECONDS);
        assertThat(headers.getFirst("User-Agent")).matches("Newsmark/\\S+ \\(.+\\)");
        assertThat(headers.getFirst("Accept")).startsWith("text/html");
        assertThat(headers.getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "file:///etc/passwd      | only web addresses (http:// or https://) can be fetched, not file: addresses",
        "FTP://example.com/a.txt | only web addresses (http:// or https://) can be fetched, not ftp: addresses",
        "jar:file:/a.jar!/b.html | only web addresses (http:// or https://) can be fetched, not jar: addresses",
        "javascript:alert(1)     | only web addresses (http:// or https://) can be fetched, not javascript: addresses",
        "newsmark                | “newsmark” is not a web address; give it in full, starting with https://",
        "www.example.com/news    | “www.example.com/news” is not a web address; give it in full, starting with https://",
        "http://                 | “http://” is not a valid web address",
        "http:///path            | “http:///path” has no host name",
        "http://exa mple.com/    | “http://exa mple.com/” is not a valid web address",
        "''                      | no web address was given"})
    void addressesOtherThanWebAddressesAreRefusedBeforeAnyConnection(String address, String message) {
        assertThatThrownBy(() -> fetcher.fetch(address)).isInstanceOf(ImportException.class).hasMessage(message);
    }
}
