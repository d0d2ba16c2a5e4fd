package org.newsmark.importing.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.newsmark.importing.ImportException;

/**
 * What went wrong on the network, in the words of the person fetching: the HTTP client's exceptions
 * nest and name Java classes, which mean nothing to them. The cause is kept for a log.
 */
final class NetworkFailures {

    private NetworkFailures() {
    }

    /**
     * @param headersArrived whether the server had begun its answer (a failure then cut the page short)
     */
    static ImportException describe(URI uri, Throwable failure, boolean headersArrived, Duration connectTimeout) {
        ImportException ours = find(failure, ImportException.class);
        if (ours != null) {
            return ours;
        }
        return new ImportException(words(uri, failure, headersArrived, connectTimeout), failure);
    }

    private static String words(URI uri, Throwable failure, boolean headersArrived, Duration connectTimeout) {
        String host = uri.getHost();
        String server = uri.getPort() == -1 ? host : host + ":" + uri.getPort();
        if (find(failure, UnresolvedAddressException.class) != null || find(failure, UnknownHostException.class) != null) {
            return "the host " + host + " was not found; check the address and the internet connection";
        }
        if (find(failure, HttpConnectTimeoutException.class) != null) {
            return "the server " + server + " did not accept a connection within " + Amounts.duration(connectTimeout);
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return "there is no route to " + server + "; check the internet connection";
        }
        if (find(failure, ConnectException.class) != null) {
            return "the connection to " + server + " was refused";
        }
        if (find(failure, SSLException.class) != null) {
            return "a secure connection to " + host + " could not be made (the server's certificate or its"
                    + " encryption was not accepted)";
        }
        if (headersArrived) {
            return "the connection to " + server + " broke off before the page was complete";
        }
        return find(failure, IOException.class) != null
                ? "the connection to " + server + " failed before the server answered"
                : "the page at " + uri + " could not be fetched";
    }

    /** The first exception of this type in the chain of causes, or null. */
    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
