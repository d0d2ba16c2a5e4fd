package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsmark.importing.ImportException;

/** No address can hold an import for ever or make it read more than a page may hold. */
class UrlFetcherLimitsTest {

    private static final long MB = 1024 * 1024;

    private final LocalHttpServer server = LocalHttpServer.start();
    private final CountDownLatch testDone = new CountDownLatch(1);

    /**
     * Not a speed target: a fetch given a short deadline must end long before the default one (30 s)
     * would have ended it, however slow the machine running the test.
     */
    private static final Duration WELL_BEFORE_THE_DEFAULT = Duration.ofSeconds(10);
    private static final String ENDED_BY_ITS_DEADLINE = "ended by its own deadline, not the default one";

    @AfterEach
    void stopServer() {
        testDone.countDown();
        server.close();
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.on("/silent", exchange -> LocalHttpServer.await(testDone));
        UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT.withTotalTimeout(Duration.ofMillis(400)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.url("/silent"))).isInstanceOf(ImportException.class)
                .hasMessage("the server did not answer within 400 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(ENDED_BY_ITS_DEADLINE).isLessThan(WELL_BEFORE_THE_DEFAULT);
    }

    /** A plain socket, since it shows what HttpServer hides: whether the client hung up. */
    @Test
    void theConnectionToAServerThatNeverAnswersIsClosedAtTheDeadline() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> readAfterRequest = new CompletableFuture<>();
            Thread listener = new Thread(() -> {
                try (Socket client = silent.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    readAfterRequest.complete(client.getInputStream().read());
                } catch (IOException e) {
                    readAfterRequest.completeExceptionally(e);
                }
            });
            listener.start();
            UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT.withTotalTimeout(Duration.ofMillis(300)));

            assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + silent.getLocalPort() + "/"))
                    .hasMessage("the server did not answer within 300 ms");
            assertThat(readAfterRequest.get(5, TimeUnit.SECONDS)).as("end of stream: the client hung up").isEqualTo(-1);
        }
    }

    @Test
    void aServerThatStallsInTheMiddleOfThePageTimesOutAndTheConnectionIsClosed() throws Exception {
        CompletableFuture<Boolean> laterWriteFailed = new CompletableFuture<>();
        CountDownLatch clientGaveUp = new CountDownLatch(1);
        server.on("/stall", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 100_000);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[1000]);
            body.flush();
            LocalHttpServer.await(clientGaveUp);
            laterWriteFailed.complete(LocalHttpServer.clientHungUp(body));
        });
        UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT.withTotalTimeout(Duration.ofMillis(500)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.url("/stall"))).isInstanceOf(ImportException.class)
                .hasMessage("the server stopped sending the page; it was not complete after 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(ENDED_BY_ITS_DEADLINE).isLessThan(WELL_BEFORE_THE_DEFAULT);
        clientGaveUp.countDown();
        assertThat(laterWriteFailed.get(5, TimeUnit.SECONDS)).as("the client hung up").isTrue();
    }

    @Test
    void aPageWithoutContentLengthStopsBeingReadOnceItIsTooLarge() throws Exception {
        CompletableFuture<Long> written = serveEndlessly("/endless", 0);
        UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT.withMaxBytes(MB));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/endless"))).isInstanceOf(ImportException.class)
                .hasMessage("the page is larger than 1 MB, more than a single article can be");
        assertThat(written.get(10, TimeUnit.SECONDS)).isLessThan(16 * MB);
    }

    @Test
    void aPageThatDeclaresItIsTooLargeIsRefusedBeforeItsBodyIsRead() throws Exception {
        CompletableFuture<Long> written = serveEndlessly("/huge", 1024 * MB);
        UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT.withMaxBytes(MB));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/huge"))).isInstanceOf(ImportException.class)
                .hasMessage("the page is 1024 MB, more than a single article can be");
        assertThat(written.get(10, TimeUnit.SECONDS)).isLessThan(16 * MB);
    }

    @Test
    void aPageJustWithinTheLimitIsRead() throws Exception {
        server.page("/fits", "text/plain", new byte[1000]);

        assertThat(new UrlFetcher(FetchLimits.DEFAULT.withMaxBytes(1000)).fetch(server.url("/fits")).body()).hasSize(1000);
        assertThatThrownBy(() -> new UrlFetcher(FetchLimits.DEFAULT.withMaxBytes(999)).fetch(server.url("/fits")))
                .hasMessage("the page is 1000 bytes, more than a single article can be");
    }

    /**
     * Serves 256 MB of text (chunked when {@code declaredLength} is 0) and completes with how many bytes
     * the client let it write before hanging up.
     */
    private CompletableFuture<Long> serveEndlessly(String path, long declaredLength) {
        CompletableFuture<Long> written = new CompletableFuture<>();
        server.on(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, declaredLength);
            byte[] chunk = new byte[64 * 1024];
            long count = 0;
            try (OutputStream body = exchange.getResponseBody()) {
                while (count < 256 * MB) {
                    body.write(chunk);
                    count += chunk.length;
                }
            } catch (IOException hungUp) {
                // the client closed the connection: what we want to see
            } finally {
                written.complete(count);
            }
        });
        return written;
    }
}
