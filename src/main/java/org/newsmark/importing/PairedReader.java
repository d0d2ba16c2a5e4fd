package org.newsmark.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A reader of a format whose article is read from a file together with files beside it: brat's
 * {@code name.txt} with {@code name.ann}, a W3C annotation file with the page it annotates. The
 * {@link ImportPlanner} hands such a reader the article file and never hands its partners to any
 * reader of their own; a partner without its article file is skipped with the reason.
 */
public interface PairedReader extends FileAwareReader {

    /** The files read together with {@code file}, which are no input of their own. */
    List<Path> partnersOf(Path file);

    /**
     * If {@code file} is a partner in this format (a brat {@code .ann}): the article file it belongs
     * with, whether or not that exists.
     */
    Optional<Path> ownerOf(Path file);

    /** Why a partner file whose article file is missing is not imported, in words for the person importing. */
    String orphanReason(Path partner);

    /** Whether {@code file} configures a folder of this format (brat's {@code annotation.conf}): no article, passed over. */
    boolean isConfiguration(Path file);
}
