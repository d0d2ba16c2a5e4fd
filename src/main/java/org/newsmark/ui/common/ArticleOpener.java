package org.newsmark.ui.common;

import java.util.UUID;

/** Opens an article in the reading view: at its start, at one of its annotations, or at a passage. */
public interface ArticleOpener {

    void open(long articleId);

    void openAt(long articleId, UUID annotationId);

    void openAtText(long articleId, int start, int end);
}
