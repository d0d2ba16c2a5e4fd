package org.newsmark.importing.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.newsmark.importing.ImportException;

/**
 * Checks an address before anything connects to it. Only http and https are fetched: a typed or
 * redirected {@code file:}, {@code jar:} or {@code ftp:} address would let a page read local files or
 * reach what a news page has no business reaching.
 */
final class WebAddress {

    private WebAddress() {
    }

    /** The address a person typed or pasted, checked. */
    static URI parse(String address) throws ImportException {
        String trimmed = address == null ? "" : address.strip();
        if (trimmed.isEmpty()) {
            throw new ImportException("no web address was given");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new ImportException("“" + trimmed + "” is not a valid web address");
        }
        if (uri.getScheme() == null) {
            throw new ImportException("“" + trimmed + "” is not a web address; give it in full, starting with https://");
        }
        if (!isWeb(uri)) {
            throw new ImportException("only web addresses (http:// or https://) can be fetched, not "
                    + uri.getScheme().toLowerCase(Locale.ROOT) + ": addresses");
        }
        if (uri.getHost() == null) {
            throw new ImportException("“" + trimmed + "” has no host name");
        }
        return withPath(uri);
    }

    /** Where a redirect from {@code from} leads, checked like a typed address. */
    static URI redirectTarget(URI from, String location) throws ImportException {
        URI target;
        try {
            target = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw notValid(location);
        }
        if (target.getScheme() != null && !isWeb(target)) {
            throw new ImportException("the server redirected to a " + target.getScheme().toLowerCase(Locale.ROOT)
                    + ": address, which Newsmark does not follow");
        }
        if (target.getScheme() == null || target.getHost() == null) {
            throw notValid(location);
        }
        return withPath(target);
    }

    private static ImportException notValid(String location) {
        return new ImportException("the server redirected to an address that is not valid (" + location + ")");
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme();
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    /** "http://host" becomes "http://host/": relative redirects resolve wrongly against an empty path. */
    private static URI withPath(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? uri.resolve("/") : uri;
    }
}
