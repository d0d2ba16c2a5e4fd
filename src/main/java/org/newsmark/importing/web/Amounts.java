package org.newsmark.importing.web;

import java.time.Duration;

/** Sizes and durations in the words a message uses: "20 MB", "640 KB", "30 s", "400 ms". */
final class Amounts {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private Amounts() {
    }

    static String size(long bytes) {
        if (bytes >= MB && bytes % MB == 0 || bytes >= 10 * MB) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0 || bytes >= 10 * KB) {
            return bytes / KB + " KB";
        }
        return bytes + " bytes";
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
