package org.newsmark.ui.corpus;

import org.newsmark.ui.agreement.AgreementViewModel;
import org.newsmark.ui.exporting.ExportViewModel;

/**
 * The view models of working with the corpus as a whole: importing, exporting, the table, search,
 * concordance and the coders' agreement.
 */
public record CorpusViews(ImportViewModel imports, ExportViewModel exports, CorpusViewModel corpus, SearchViewModel search,
        ConcordanceViewModel concordance, AgreementViewModel agreement) {
}
