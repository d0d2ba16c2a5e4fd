package org.newsmark.importing;

import org.newsmark.store.ProjectStore;
import java.util.List;

/**
 * What an import did, file by file: the articles each file gave, the ones already in the project,
 * and the records or files skipped with the reason.
 *
 * @param codebookAdditions what the imported annotations needed added to the codebook ("category “PER”")
 * @param stoppedBecause    why the import ended early (cancelled, the disk full), or null when it ran to the end
 */
public record ImportReport(List<FileReport> files, List<String> codebookAdditions, String stoppedBecause) {

    /** An article stored from a file; {@code where} is its place in a collection ("line 12") or "". */
    public record Imported(String where, long articleId, String title) {
    }

    /**
     * An article whose text the project already holds, as {@code articleId}; {@code merged} is what
     * the work it carried (another coder's) added to it.
     */
    public record Duplicate(String where, long articleId, String title, ProjectStore.WorkAdded merged) {

        public Duplicate {
            merged = merged == null ? ProjectStore.WorkAdded.NOTHING : merged;
        }

        public Duplicate(String where, long articleId, String title) {
            this(where, articleId, title, ProjectStore.WorkAdded.NOTHING);
        }
    }

    /** A record, or a whole file when {@code where} is "", that was not imported, and why. */
    public record Skipped(String where, String reason) {
    }

    /**
     * One file (or URL, or pasted text, or a folder's note).
     *
     * @param format the reader that read it ("html", "csv"…), or "" when none could
     */
    public record FileReport(String file, String format, List<Imported> imported, List<Duplicate> duplicates,
            List<Skipped> skipped) {

        private static final String FOLDER = "folder";

        public FileReport {
            imported = List.copyOf(imported);
            duplicates = List.copyOf(duplicates);
            skipped = List.copyOf(skipped);
        }

        /** A file that could not be read at all. */
        public static FileReport failed(String file, String format, String reason) {
            return new FileReport(file, format, List.of(), List.of(), List.of(new Skipped("", reason)));
        }

        /** A remark about a folder that was imported, such as the files in it that were passed over. */
        public static FileReport note(String folder, String remark) {
            return new FileReport(folder, FOLDER, List.of(), List.of(), List.of(new Skipped("", remark)));
        }

        /** Whether the whole file was refused (rather than some of its records). */
        public boolean failed() {
            return !isNote() && imported.isEmpty() && duplicates.isEmpty() && skipped.size() == 1
                    && skipped.get(0).where().isEmpty();
        }

        /** What this file's work added to articles already in the project: annotations, links, codes, and what was there. */
        public ProjectStore.WorkAdded merged() {
            int annotations = 0;
            int links = 0;
            int codes = 0;
            int there = 0;
            for (Duplicate duplicate : duplicates) {
                annotations += duplicate.merged().annotations();
                links += duplicate.merged().links();
                codes += duplicate.merged().codes();
                there += duplicate.merged().alreadyThere();
            }
            return new ProjectStore.WorkAdded(annotations, links, codes, there);
        }

        public boolean isNote() {
            return FOLDER.equals(format);
        }

        /** Records (or the whole file) not imported; a folder's remark is not one. */
        public int skippedCount() {
            return isNote() ? 0 : skipped.size();
        }
    }

    public ImportReport {
        files = List.copyOf(files);
        codebookAdditions = List.copyOf(codebookAdditions);
    }

    public boolean cancelledOrStopped() {
        return stoppedBecause != null;
    }

    public long importedCount() {
        return files.stream().mapToLong(file -> file.imported().size()).sum();
    }

    public long duplicateCount() {
        return files.stream().mapToLong(file -> file.duplicates().size()).sum();
    }

    public long skippedCount() {
        return files.stream().mapToLong(FileReport::skippedCount).sum();
    }

    /** The articles imported, in the order they were read. */
    public List<Imported> imported() {
        return files.stream().flatMap(file -> file.imported().stream()).toList();
    }

    /** "3 imported, 1 already in the project, 1 skipped", and what merging added, if anything. */
    public String summary() {
        int annotations = 0;
        int links = 0;
        int codes = 0;
        for (FileReport file : files) {
            annotations += file.merged().annotations();
            links += file.merged().links();
            codes += file.merged().codes();
        }
        String merged = annotations + links + codes == 0 ? "" : String.format(java.util.Locale.ROOT,
                "; merged into articles already there: %,d annotations, %,d links, %,d document codes", annotations, links, codes);
        return String.format(java.util.Locale.ROOT, "%,d imported, %,d already in the project, %,d skipped", importedCount(), duplicateCount(),
                skippedCount()) + merged + (stoppedBecause == null ? "" : "; " + stoppedBecause);
    }
}
