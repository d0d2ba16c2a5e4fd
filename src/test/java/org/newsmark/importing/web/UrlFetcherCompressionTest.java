package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsmark.importing.ImportException;

/** Newsmark asks for gzip or deflate, so it unpacks both, and the size limit holds for what is unpacked. */
class UrlFetcherCompressionTest {

    private static final byte[] PAGE = "<p>Der Gemeinderat tagt in Zürich.</p>".repeat(50).getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = LocalHttpServer.start();
    private final UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aGzippedPageIsUnpacked() throws Exception {
        serve("/gzip", "gzip", gzip(PAGE));

        assertThat(fetcher.fetch(server.url("/gzip")).body()).isEqualTo(PAGE);
    }

    @Test
    void aDeflatedPageIsUnpackedWithOrWithoutItsZlibWrapper() throws Exception {
        serve("/zlib", "deflate", deflate(PAGE, false));
        serve("/raw", "deflate", deflate(PAGE, true));

        assertThat(fetcher.fetch(server.url("/zlib")).body()).isEqualTo(PAGE);
        assertThat(fetcher.fetch(server.url("/raw")).body()).isEqualTo(PAGE);
    }

    @Test
    void aSmallArchiveThatUnpacksToMoreThanTheLimitIsRefused() throws Exception {
        byte[] bomb = gzip(new byte[4 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(64 * 1024);
        serve("/bomb", "gzip", bomb);
        UrlFetcher oneMegabyte = new UrlFetcher(FetchLimits.DEFAULT.withMaxBytes(1024 * 1024));

        assertThatThrownBy(() -> oneMegabyte.fetch(server.url("/bomb"))).isInstanceOf(ImportException.class)
                .hasMessage("the page is larger than 1 MB, more than a single article can be");
    }

    @Test
    void aDamagedArchiveIsReportedAsSuch() throws Exception {
        byte[] damaged = gzip(PAGE);
        damaged[damaged.length / 2] ^= 0x55;
        serve("/damaged", "gzip", damaged);

        assertThatThrownBy(() -> fetcher.fetch(server.url("/damaged"))).isInstanceOf(ImportException.class)
                .hasMessage("the server sent the page packed with gzip, but damaged");
    }

    @Test
    void aPackingNewsmarkDidNotAskForIsRefused() {
        serve("/brotli", "br", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> fetcher.fetch(server.url("/brotli"))).isInstanceOf(ImportException.class)
                .hasMessage("the server sent the page packed with br, which Newsmark cannot unpack");
    }

    private void serve(String path, String encoding, byte[] body) {
        server.on(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
            LocalHttpServer.respond(exchange, 200, "text/html; charset=utf-8", body);
        });
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(packed)) {
            out.write(bytes);
        }
        return packed.toByteArray();
    }

    private static byte[] deflate(byte[] bytes, boolean raw) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(packed, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(bytes);
        }
        return packed.toByteArray();
    }
}
