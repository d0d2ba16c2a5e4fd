package org.newsmark.ui.corpus;

/** The view models of working with the corpus as a whole: importing, the table, search and concordance. */
public record CorpusViews(ImportViewModel imports, CorpusViewModel corpus, SearchViewModel search,
        ConcordanceViewModel concordance) {
}
