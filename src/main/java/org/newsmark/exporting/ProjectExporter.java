package org.newsmark.exporting;

import java.io.IOException;
import java.nio.file.Path;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Writes a project's articles, with their annotations, in one format another tool reads. Every
 * format is one class; {@link ProjectExporters#all()} lists them for the command line and the Export
 * dialog.
 *
 * <p>Every exporter honours the same contract, so a caller can run any of them as a background task:
 * <ul>
 *   <li>it only reads the project (a read-only connection is enough) and reads it article by article,
 *       never the whole project at once;</li>
 *   <li>it reports progress with {@link Progress#update(long, long, String)} as it goes, and checks
 *       {@link Progress#checkCancelled()} between two articles;</li>
 *   <li>it writes beside the target and replaces the target only once the export is complete: a
 *       cancelled or failed export (a {@link org.newsmark.task.TaskCancelledException}, an
 *       {@link IOException}) leaves the target as it was;</li>
 *   <li>it never writes over the project file or the files kept beside it;</li>
 *   <li>it keeps no state between exports: one instance serves any number of them, on any thread.</li>
 * </ul>
 *
 * <p>An article chosen that is not in the project is refused with an {@link ExportException} before
 * anything is written; an article deleted while the export runs is left out.
 */
public interface ProjectExporter {

    /** What {@link #export} writes at its target. */
    enum Layout {
        /** One file (such as {@code study.jsonl}). */
        FILE,
        /**
         * A folder of files, one or two per article (brat's {@code .txt} and {@code .ann}); the target
         * must be a new or empty folder, or an earlier export of Newsmark's, which is replaced.
         */
        FOLDER
    }

    /** The format's name on the command line and in the Export dialog: "brat", "webanno-tsv", "jsonl"… */
    String format();

    /** One line saying what the format is and what it keeps, for the dialog and {@code export --help}. */
    String description();

    Layout layout();

    /**
     * The extension (without the dot) of the file written ({@link Layout#FILE}), or of the article
     * files in the folder ({@link Layout#FOLDER}), for choosers and suggested names.
     */
    String extension();

    /**
     * Writes the chosen articles at {@code target}.
     *
     * @return how many articles were written
     * @throws ExportException when the target cannot be used or an article asked for is not in the project
     * @throws IOException when writing fails (a full disk); the target is then unchanged
     */
    int export(ProjectStore store, ArticleSelection articles, Path target, Progress progress) throws IOException;
}
