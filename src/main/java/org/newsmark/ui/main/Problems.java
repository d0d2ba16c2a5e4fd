package org.newsmark.ui.main;

import org.newsmark.store.StoreException;

/** Errors in the status line: Newsmark's own messages as they are, anything unexpected named and sent to the log. */
final class Problems {

    private Problems() {
    }

    static String describe(Exception error) {
        String message = error.getMessage();
        if (error instanceof StoreException || error instanceof IllegalArgumentException) {
            return message == null ? error.getClass().getSimpleName() : message;
        }
        return "Something unexpected went wrong (" + error.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message)
                + "); the details are in the log (Help \u25B8 Show Log).";
    }
}
