package org.newsmark.model;

import java.util.Map;

/**
 * One article as the corpus table shows it: its details, how many annotations it has in each
 * top-level category (sub-categories counted with their parent), and its document codes.
 *
 * @param countsByCategory annotations by top-level category id
 * @param codes            document field id to value
 */
public record CorpusRow(long id, ArticleDetails details, String importedAt, int annotations,
        Map<Long, Integer> countsByCategory, Map<Long, String> codes) {

    public CorpusRow {
        countsByCategory = Map.copyOf(countsByCategory);
        codes = Map.copyOf(codes);
    }

    public int count(long categoryId) {
        return countsByCategory.getOrDefault(categoryId, 0);
    }

    public CorpusRow withDetails(ArticleDetails newDetails) {
        return new CorpusRow(id, newDetails, importedAt, annotations, countsByCategory, codes);
    }
}
