package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
     * A server that answers a TLS greeting in plain text, as a web server does when "https" is typed
     * for its plain port. Java 17's HTTP client now and then loses such a failed handshake and waits
     * for its connect timeout instead (seen in about one run of the whole suite in three, and in some
     * runs of this class alone, never twice in a row within one run), so up to three attempts are made,
     * each with a short connect timeout. The message must be the secure connection's in one of them.
     */
    @Test
    void aServerThatDoesNotSpeakHttpsIsAFailedSecureConnection() throws Exception {
        String secureConnection = "a secure connection to 127.0.0.1 could not be made (the server's certificate or its"
                + " encryption was not accepted)";
        UrlFetcher quick = new UrlFetcher(FetchLimits.DEFAULT.withConnectTimeout(Duration.ofSeconds(3)));
        List<String> messages = new ArrayList<>();
        while (messages.size() < 3 && !messages.contains(secureConnection)) {
            messages.add(fetchFromAPlainServer(quick));
        }
        assertThat(messages).contains(secureConnection)
                .allMatch(message -> message.equals(secureConnection) || message.contains("did not accept a connection"));
    }

    /** The message of fetching "https://" from a server that reads the TLS greeting, answers in plain HTTP and hangs up. */
    private static String fetchFromAPlainServer(UrlFetcher fetcher) throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                // Reads the greeting before answering: closing with it unread resets the connection,
                // which is another failure than this.
                try (Socket client = plain.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    // the test is over
                }
            });
            answer.start();
            try {
                fetcher.fetch("https://127.0.0.1:" + plain.getLocalPort() + "/");
                return "fetched";
            } catch (ImportException refused) {
                return refused.getMessage();
            } finally {
                answer.join(5000);
            }
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
