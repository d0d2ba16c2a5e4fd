package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsmark.importing.ImportException;

/** When the network fails, the person reads what happened, never a Java exception. */
class UrlFetcherNetworkTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final UrlFetcher fetcher = new UrlFetcher(FetchLimits.DEFAULT);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anUnknownHostIsNamed() {
        assertThatThrownBy(() -> fetcher.fetch("https://newsmark-test.invalid/news")).isInstanceOf(ImportException.class)
                .hasMessage("the host newsmark-test.invalid was not found; check the address and the internet connection");
    }

    @Test
    void aClosedPortRefusesTheConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        int closedPort = port;

        assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/")).isInstanceOf(ImportException.class)
                .hasMessage("the connection to 127.0.0.1:" + closedPort + " was refused");
    }

    /**
     * A plain socket, since a server that answers a TLS greeting in plain text is what is wanted here.
     * It answers and hangs up, as web servers do on their HTTPS port. It does not wait for the client
     * to hang up first: now and then the JDK's HTTP client then loses the TLS failure and waits for
     * its connect timeout instead.
     */
    @Test
    void aServerThatDoesNotSpeakHttpsIsAFailedSecureConnection() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                // Reads the TLS greeting before answering: closing with the greeting unread resets
                // the connection, which is another failure than this.
                try (Socket client = plain.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    // the test is over
                }
            });
            answer.start();

            assertThatThrownBy(() -> fetcher.fetch("https://127.0.0.1:" + plain.getLocalPort() + "/"))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("a secure connection to 127.0.0.1 could not be made (the server's certificate or its"
                            + " encryption was not accepted)");
            answer.join(5000);
        }
    }

    @Test
    void aServerThatHangsUpBeforeThePageIsCompleteSaysSo() {
        server.on("/cut", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 10_000);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[100]);
            body.flush();
            exchange.close();
        });

        assertThatThrownBy(() -> fetcher.fetch(server.url("/cut"))).isInstanceOf(ImportException.class)
                .hasMessage("the connection to 127.0.0.1:" + server.port() + " broke off before the page was complete");
    }
}
