package org.newsmark.ui.common;

/**
 * What the Export dialog was asked for: a format by its name, whether only the open article, and
 * whether only the gold version (the curator's work).
 *
 * @param format          the exporter's format name ("brat", "jsonl"…)
 * @param openArticleOnly true to write the article open in the window alone, false for the whole project
 * @param goldVersionOnly true to write the curator's annotations, links and codes alone, false for every coder's
 */
public record ExportChoice(String format, boolean openArticleOnly, boolean goldVersionOnly) {

    public ExportChoice(String format, boolean openArticleOnly) {
        this(format, openArticleOnly, false);
    }
}
