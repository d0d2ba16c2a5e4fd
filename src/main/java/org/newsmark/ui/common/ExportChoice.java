package org.newsmark.ui.common;

/**
 * What the Export dialog was asked for: a format by its name, and whether only the open article.
 *
 * @param format          the exporter's format name ("brat", "jsonl"…)
 * @param openArticleOnly true to write the article open in the window alone, false for the whole project
 */
public record ExportChoice(String format, boolean openArticleOnly) {
}
