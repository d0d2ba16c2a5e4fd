package org.newsmark.importing.web;

import java.time.Duration;
import java.util.Objects;
import org.newsmark.importing.ImportSource;

/**
 * How long and how much a fetch may take, so that no address can hang an import or fill the memory.
 *
 * @param connectTimeout how long to wait for the server to accept a connection
 * @param totalTimeout   how long the whole fetch may take, redirects and body included
 * @param maxBytes       the largest page read, after unpacking; larger ones are refused
 * @param maxRedirects   how many redirects are followed before giving up
 */
public record FetchLimits(Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects) {

    /** A slow news site still answers within these; an article is never larger than a single article may be. */
    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
            ImportSource.MAX_ARTICLE_BYTES, 5);

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    public FetchLimits withConnectTimeout(Duration timeout) {
        return new FetchLimits(timeout, totalTimeout, maxBytes, maxRedirects);
    }

    public FetchLimits withTotalTimeout(Duration timeout) {
        return new FetchLimits(connectTimeout, timeout, maxBytes, maxRedirects);
    }

    public FetchLimits withMaxBytes(long bytes) {
        return new FetchLimits(connectTimeout, totalTimeout, bytes, maxRedirects);
    }

    public FetchLimits withMaxRedirects(int redirects) {
        return new FetchLimits(connectTimeout, totalTimeout, maxBytes, redirects);
    }
}
