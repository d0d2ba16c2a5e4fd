package org.newsmark.importing.web;

import java.util.Map;

/**
 * The words for an HTTP status, which the client does not give (HTTP/2 sends none): "404 Not Found"
 * tells a person more than "404".
 */
final class HttpStatusText {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private HttpStatusText() {
    }

    /** "404 Not Found", or just the number for a status without common words. */
    static String of(int status) {
        String reason = REASONS.get(status);
        return reason == null ? String.valueOf(status) : status + " " + reason;
    }
}
