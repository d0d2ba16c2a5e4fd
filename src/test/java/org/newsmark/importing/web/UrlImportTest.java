package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsmark.importing.ArticleMetadata;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportSource;
import org.newsmark.importing.PlainTextReader;
import org.newsmark.model.ArticleDraft;

/** A fetched page becomes a source a reader reads, named and dated by where it was found. */
class UrlImportTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final UrlImport urlImport = new UrlImport(new UrlFetcher());
    private final CountDownLatch testDone = new CountDownLatch(1);

    @AfterEach
    void stopServer() {
        testDone.countDown();
        server.close();
    }

    @Test
    void anHtmlPageIsReadAsHtmlUnderItsFinalAddressWithTheCharsetItsServerDeclared() throws Exception {
        byte[] html = "<html><title>Zürich</title></html>".getBytes(StandardCharsets.ISO_8859_1);
        server.redirect("/short", 301, "/news/zurich").page("/news/zurich", "text/html; charset=iso-8859-1", html);

        org.newsmark.importing.WebPages.Fetched fetched = urlImport.fetch(server.url("/short"));

        String finalUrl = server.url("/news/zurich");
        assertThat(fetched.format()).isEqualTo("html");
        ImportSource source = fetched.source();
        assertThat(source.name()).isEqualTo(finalUrl);
        assertThat(source.declaredEncoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(source.metadata()).isEqualTo(new ArticleMetadata(null, null, null, null, finalUrl));
        assertThat(source.size()).isEqualTo(html.length);
        assertThat(source.readAll()).isEqualTo(html);
    }

    @ParameterizedTest
    @CsvSource({"text/html, html", "application/xhtml+xml, html", "text/plain, text", "text/markdown, text"})
    void theReaderFormatFollowsTheContentType(String type, String format) throws Exception {
        server.page("/page", type + "; charset=utf-8", "# Headline\n\nBody.".getBytes(StandardCharsets.UTF_8));

        assertThat(urlImport.fetch(server.url("/page")).format()).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'  <!DOCTYPE html><p>hi</p>' | html", "Plain words. | text"})
    void withoutAContentTypeTheFirstBytesDecide(String body, String format) throws Exception {
        server.page("/untyped", null, body.getBytes(StandardCharsets.UTF_8));

        assertThat(urlImport.fetch(server.url("/untyped")).format()).isEqualTo(format);
    }

    @Test
    void aPlainTextArticleReadsWithItsServersCharsetAndKeepsItsAddress() throws Exception {
        String text = "Gemeinderat tagt\n\nDer Gemeinderat von Zürich tagt heute.";
        server.page("/article.txt", "text/plain; charset=windows-1252", text.getBytes("windows-1252"));

        org.newsmark.importing.WebPages.Fetched fetched = urlImport.fetch(server.url("/article.txt"));
        CollectingSink sink = CollectingSink.readWith(new PlainTextReader(), fetched.source());

        ArticleDraft draft = sink.drafts().get(0);
        assertThat(draft.title()).isEqualTo("Gemeinderat tagt");
        assertThat(draft.text()).isEqualTo(text);
        assertThat(draft.url()).isEqualTo(server.url("/article.txt"));
    }

    @Test
    void aFetchWaitingForAnAnswerStopsAsSoonAsItsThreadIsInterrupted() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        server.on("/slow", exchange -> {
            asked.countDown();
            LocalHttpServer.await(testDone);
        });

        Thread worker = fetchInBackground("/slow", new CompletableFuture<>());
        assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
        worker.interrupt();
        // Long before the fetch's own deadline (30 s) would have ended it, however slow the machine.
        worker.join(10_000);

        assertThat(worker.isAlive()).as("the fetch stopped when interrupted").isFalse();
    }

    @Test
    void aFetchInterruptedHalfwayThroughThePageStopsAndHangsUp() throws Exception {
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<Boolean> laterWriteFailed = new CompletableFuture<>();
        server.on("/half", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[1000]);
            body.flush();
            halfSent.countDown();
            LocalHttpServer.await(interrupted);
            laterWriteFailed.complete(LocalHttpServer.clientHungUp(body));
        });
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();

        Thread worker = fetchInBackground("/half", outcome);
        assertThat(halfSent.await(5, TimeUnit.SECONDS)).isTrue();
        worker.interrupt();

        assertThat(outcome.get(1, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        interrupted.countDown();
        assertThat(laterWriteFailed.get(5, TimeUnit.SECONDS)).as("the fetch hung up").isTrue();
    }

    /** Fetches {@code path} on a new thread; {@code outcome} gets what it threw, or null. */
    private Thread fetchInBackground(String path, CompletableFuture<Throwable> outcome) {
        Thread worker = new Thread(() -> {
            try {
                urlImport.fetch(server.url(path));
                outcome.complete(null);
            } catch (Exception e) {
                outcome.complete(e);
            }
        }, "fetch " + path);
        worker.start();
        return worker;
    }
}
