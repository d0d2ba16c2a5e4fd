package org.newsmark.exporting;

import java.io.IOException;

/** An export that cannot be made as asked (the target is in the way, an article is not in the project); the message says why. */
public final class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
