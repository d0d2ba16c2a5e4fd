package org.newsmark.ui.corpus;

import org.newsmark.ui.exporting.ExportViewModel;

/** The view models of working with the corpus as a whole: importing, exporting, the table, search and concordance. */
public record CorpusViews(ImportViewModel imports, ExportViewModel exports, CorpusViewModel corpus, SearchViewModel search,
        ConcordanceViewModel concordance) {
}
