package org.newsmark.importing;

import java.util.List;

/** What an import did, file by file. */
public record ImportReport(List<Entry> entries) {

    public enum Outcome { IMPORTED, DUPLICATE, FAILED }

    /**
     * @param articleId the new article, or the existing one a duplicate matched; 0 when the file failed
     * @param message   why the file failed, or what it duplicated
     */
    public record Entry(String file, Outcome outcome, long articleId, String title, String message) {
    }

    public ImportReport {
        entries = List.copyOf(entries);
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(entry -> entry.outcome() == outcome).count();
    }

    public boolean anyFailed() {
        return count(Outcome.FAILED) > 0;
    }

    /** "3 imported, 1 already in the project, 1 failed". */
    public String summary() {
        return count(Outcome.IMPORTED) + " imported, " + count(Outcome.DUPLICATE) + " already in the project, "
                + count(Outcome.FAILED) + " failed";
    }
}
