package org.newsmark.importing.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page as the server sent it, unpacked but not decoded.
 *
 * @param uri       where it was found, after redirects
 * @param mediaType its media type in lower case without parameters ("text/html"), or null when the server
 *                  did not say
 * @param charset   the charset its Content-Type declared, or null when none (or one Java does not know)
 * @param body      its bytes; not copied, so not to be changed
 */
public record FetchedPage(URI uri, String mediaType, Charset charset, byte[] body) {

    public FetchedPage {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
    }
}
