package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsmark.importing.ImportException;

/** Redirects are followed one hop at a time, so each hop's address and their number are checked. */
class UrlFetcherRedirectTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aChainOfRedirectsEndsAtTheArticleAndReportsWhereThatIs() throws Exception {
        server.redirect("/old", 301, server.url("/moved"))
                .redirect("/moved", 302, "/2024/article?id=7")
                .page("/2024/article", "text/html; charset=utf-8", "<p>found</p>".getBytes(StandardCharsets.UTF_8));

        FetchedPage page = fetcher.fetch(server.url("/old"));

        assertThat(page.uri()).isEqualTo(URI.create(server.url("/2024/article?id=7")));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>found</p>");
    }

    @Test
    void everyRedirectStatusIsFollowed() throws Exception {
        server.redirect("/a", 303, "/b").redirect("/b", 307, "/c").redirect("/c", 308, "/d")
                .page("/d", "text/plain", "end".getBytes(StandardCharsets.UTF_8));

        assertThat(fetcher.fetch(server.url("/a")).uri().getPath()).isEqualTo("/d");
    }

    @Test
    void aRedirectLoopIsReportedAsALoop() {
        server.redirect("/ping", 302, "/pong").redirect("/pong", 302, "/ping");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/ping"))).isInstanceOf(ImportException.class)
                .hasMessage("the address redirects in a loop (back to " + server.url("/ping") + ")");
    }

    @Test
    void moreRedirectsThanTheLimitAreNotFollowed() {
        AtomicInteger requests = new AtomicInteger();
        server.on("/hop", exchange -> {
            int next = requests.incrementAndGet();
            exchange.getResponseHeaders().set("Location", "/hop" + next);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        UrlFetcher twoHops = new UrlFetcher(FetchLimits.DEFAULT.withMaxRedirects(2));

        assertThatThrownBy(() -> twoHops.fetch(server.url("/hop"))).isInstanceOf(ImportException.class)
                .hasMessage("the address redirected more than 2 times");
        assertThat(requests).hasValue(3);
    }

    @Test
    void aRedirectToALocalFileIsRefused() {
        server.redirect("/sneaky", 302, "file:///etc/passwd");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/sneaky"))).isInstanceOf(ImportException.class)
                .hasMessage("the server redirected to a file: address, which Newsmark does not follow");
    }

    @Test
    void aRedirectWithoutAnAddressIsReportedAsTheStatus() {
        server.status("/nowhere", 302);

        assertThatThrownBy(() -> fetcher.fetch(server.url("/nowhere"))).isInstanceOf(ImportException.class)
                .hasMessage("the server answered 302 Found without saying where to");
    }

    @Test
    void aRedirectToAnAddressThatIsNotValidSaysSo() {
        server.redirect("/broken", 301, "http://exa mple.com/");

        assertThatThrownBy(() -> fetcher.fetch(server.url("/broken"))).isInstanceOf(ImportException.class)
                .hasMessage("the server redirected to an address that is not valid (http://exa mple.com/)");
    }
}
