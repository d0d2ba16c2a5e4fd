package org.newsmark.importing.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.newsmark.importing.ImportException;

/**
 * Collects a response body up to a limit. It receives the bytes as the client reads them, so nothing
 * blocks on a stalled server: the fetcher waits on {@link #getBody()} with its deadline and calls
 * {@link #cancel()} when that passes. Cancelling the subscription makes the client close the
 * connection, so a body over the limit, or one that stalls, stops being downloaded at once.
 */
final class LimitedBody implements BodySubscriber<byte[]> {

    private final long maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Collects at most {@code maxBytes}; more fails the body with an {@link ImportException}. */
    static LimitedBody upTo(long maxBytes) {
        return new LimitedBody(maxBytes);
    }

    /** Reads nothing: for a redirect, an error or a refused page, whose body nobody needs. */
    static LimitedBody none() {
        LimitedBody body = new LimitedBody(0);
        body.result.complete(new byte[0]);
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        boolean done;
        synchronized (this) {
            done = subscription != null || result.isDone();
            if (!done) {
                subscription = newSubscription;
            }
        }
        if (done) {
            newSubscription.cancel();
        } else {
            newSubscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                fail(new ImportException(PageSize.largerThan(maxBytes)));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading: the deadline passed or the fetch was interrupted. */
    void cancel() {
        fail(new CancellationException("the fetch was stopped"));
    }

    private void fail(Throwable failure) {
        result.completeExceptionally(failure);
        Flow.Subscription current;
        synchronized (this) {
            current = subscription;
        }
        if (current != null) {
            current.cancel();
        }
    }
}
