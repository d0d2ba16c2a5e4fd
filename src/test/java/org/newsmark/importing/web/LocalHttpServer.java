package org.newsmark.importing.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free loopback port, for fetching pages in tests without the internet. Each
 * exchange runs on its own thread, so a handler that stalls on purpose holds up nothing else; closing
 * the server interrupts such handlers.
 */
final class LocalHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();

    private LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.start();
    }

    static LocalHttpServer start() {
        try {
            return new LocalHttpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers requests whose path starts with {@code path}. */
    LocalHttpServer on(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    LocalHttpServer page(String path, String contentType, byte[] body) {
        return on(path, exchange -> respond(exchange, 200, contentType, body));
    }

    LocalHttpServer status(String path, int status) {
        return on(path, exchange -> respond(exchange, status, "text/html", "<p>no</p>".getBytes()));
    }

    LocalHttpServer redirect(String path, int status, String location) {
        return on(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Whether the client has hung up: writes a little at a time for up to a second, and a closed
     * connection makes a write fail (the first write after a hang-up may still succeed).
     */
    static boolean clientHungUp(OutputStream body) {
        try {
            for (int i = 0; i < 50; i++) {
                body.write(new byte[1000]);
                body.flush();
                Thread.sleep(20);
            }
            return false;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits, in a handler, for the test to let it go on (at most 30 s, so no handler waits for ever). */
    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
