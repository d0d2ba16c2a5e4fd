package org.newsmark.importing.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.newsmark.importing.ImportException;

/**
 * Fetches one web page for import, within {@link FetchLimits}: http and https only, redirects followed
 * here one hop at a time (so each hop's address is checked and counted), one deadline for the whole
 * fetch, a size limit that stops the download once passed, and pages Newsmark cannot read refused
 * before their body is downloaded. Every failure is an {@link ImportException} in plain words.
 * Interrupting the calling thread stops a fetch at once.
 */
public final class UrlFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchLimits limits;
    /** Built on the first fetch: making one sets up TLS, a third of a second a window should not wait for. */
    private HttpClient client;
    private final String userAgent = UserAgent.newsmark();

    public UrlFetcher() {
        this(FetchLimits.DEFAULT);
    }

    public UrlFetcher(FetchLimits limits) {
        this.limits = limits;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // No proxy is set, so the client uses the default proxy selector: the http(s).proxyHost
            // properties, and the desktop's proxy settings when java.net.useSystemProxies is true.
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(limits.connectTimeout())
                    .build();
        }
        return client;
    }

    /** The page at {@code address} (as typed or pasted), after redirects. */
    public FetchedPage fetch(String address) throws ImportException, InterruptedException {
        URI uri = WebAddress.parse(address);
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            visited.add(uri);
            HttpResponse<byte[]> response = exchange(uri, deadline);
            int status = response.statusCode();
            if (!REDIRECTS.contains(status)) {
                return page(uri, response);
            }
            String location = response.headers().firstValue("Location").orElseThrow(() -> new ImportException(
                    "the server answered " + HttpStatusText.of(status) + " without saying where to"));
            URI next = WebAddress.redirectTarget(uri, location);
            if (visited.contains(next)) {
                throw new ImportException("the address redirects in a loop (back to " + next + ")");
            }
            if (redirects == limits.maxRedirects()) {
                throw new ImportException("the address redirected more than " + limits.maxRedirects() + " times");
            }
            uri = next;
        }
    }

    /**
     * One request and its answer, by the deadline. The body is only read for a page that will be
     * kept; for anything else the connection is dropped after the headers.
     */
    private HttpResponse<byte[]> exchange(URI uri, long deadline) throws ImportException, InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(false);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", userAgent)
                .header("Accept", PageFormats.ACCEPT)
                .header("Accept-Encoding", ContentDecoding.ACCEPTED)
                .GET()
                .build();
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> response = client().sendAsync(request, info -> {
            boolean wanted = isSuccess(info.statusCode()) && refusal(info.headers()) == null;
            body.set(wanted ? LimitedBody.upTo(limits.maxBytes()) : LimitedBody.none());
            return body.get();
        });
        try {
            return response.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut(body.get() != null);
        } catch (ExecutionException e) {
            boolean headersArrived = body.get() != null;
            // The request's own timeout is the same deadline, and may fire a moment before ours.
            if (e.getCause() instanceof HttpTimeoutException && !(e.getCause() instanceof HttpConnectTimeoutException)) {
                throw timedOut(headersArrived);
            }
            throw NetworkFailures.describe(uri, e.getCause(), headersArrived, limits.connectTimeout());
        } finally {
            if (!response.isDone()) {
                // Timed out or interrupted: stop the exchange so no connection goes on downloading.
                response.cancel(true);
                LimitedBody started = body.get();
                if (started != null) {
                    started.cancel();
                }
            }
        }
    }

    private FetchedPage page(URI uri, HttpResponse<byte[]> response) throws ImportException {
        if (!isSuccess(response.statusCode())) {
            throw new ImportException("the server answered " + HttpStatusText.of(response.statusCode()));
        }
        String refusal = refusal(response.headers());
        if (refusal != null) {
            throw new ImportException(refusal);
        }
        ContentType type = ContentType.parse(response.headers().firstValue("Content-Type").orElse(null));
        byte[] body = ContentDecoding.unpack(response.headers().firstValue("Content-Encoding").orElse(null),
                response.body(), limits.maxBytes());
        if (body.length == 0) {
            throw new ImportException("the server sent an empty page");
        }
        return new FetchedPage(uri, type.mediaType(), type.charset(), body);
    }

    /** Why a successful answer's body is not wanted, or null when it is. */
    private String refusal(HttpHeaders headers) {
        String mediaType = ContentType.parse(headers.firstValue("Content-Type").orElse(null)).mediaType();
        if (!PageFormats.readable(mediaType)) {
            return "the address gives " + mediaType + ", not a web page or plain text";
        }
        String packing = ContentDecoding.refusal(headers.firstValue("Content-Encoding").orElse(null));
        if (packing != null) {
            return packing;
        }
        long length = declaredLength(headers);
        return length > limits.maxBytes() ? PageSize.declared(length) : null;
    }

    private static long declaredLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private ImportException timedOut(boolean headersArrived) {
        String limit = Amounts.duration(limits.totalTimeout());
        return new ImportException(headersArrived
                ? "the server stopped sending the page; it was not complete after " + limit
                : "the server did not answer within " + limit);
    }
}
