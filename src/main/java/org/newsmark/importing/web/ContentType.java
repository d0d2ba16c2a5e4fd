package org.newsmark.importing.web;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A Content-Type header taken apart: "text/html; charset=ISO-8859-1" is the media type
 * {@code text/html} and the charset ISO-8859-1. Either may be null when the header does not give one.
 */
record ContentType(String mediaType, Charset charset) {

    static ContentType parse(String header) {
        if (header == null) {
            return new ContentType(null, null);
        }
        String[] parts = header.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        Charset charset = null;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                charset = charsetNamed(unquoted(parameter.substring(equals + 1).strip()));
            }
        }
        return new ContentType(mediaType.isEmpty() ? null : mediaType, charset);
    }

    /**
     * A charset Java does not know is treated as not declared: the reader then goes by what the page
     * says about itself, which is better than refusing the page.
     */
    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
