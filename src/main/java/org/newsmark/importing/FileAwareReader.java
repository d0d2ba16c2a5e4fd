package org.newsmark.importing;

import java.nio.file.Path;

/**
 * A reader that recognises its files by looking at them where a name alone misleads: a WebAnno
 * {@code .tsv} is no CSV table, a W3C annotation {@code .json} no collection of articles, a brat
 * {@code .txt} is read with the {@code .ann} beside it. The {@link ImportPlanner} asks these readers
 * before it chooses one by name or first bytes.
 */
public interface FileAwareReader extends ArticleReader {

    /** Whether this reader reads {@code file}, judged by its content or the files beside it. */
    boolean readsFile(Path file);
}
