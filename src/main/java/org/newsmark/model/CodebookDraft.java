package org.newsmark.model;

import java.util.List;

/**
 * A codebook as it is shipped or exchanged: its categories (with sub-categories and attributes) and
 * the document fields coded once per article (such as primary frame or tone).
 */
public record CodebookDraft(String name, List<CategoryDraft> categories, List<AttributeDraft> documentFields) {

    public CodebookDraft {
        categories = List.copyOf(categories);
        documentFields = List.copyOf(documentFields);
    }
}
