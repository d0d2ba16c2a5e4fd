package org.newsmark.agreement;

import java.util.List;

/**
 * What to measure: which coders, categories and articles. An empty list means all: every coder but
 * the curator (the gold version is compared only when named), every top-level category that
 * occurs, every article.
 */
public record AgreementQuery(List<String> coders, List<String> categories, List<Long> articles) {

    /** The coder name of the gold version a curator builds from the coders' work. */
    public static final String CURATOR = "curator";

    public static final AgreementQuery ALL = new AgreementQuery(List.of(), List.of(), List.of());

    public AgreementQuery {
        coders = coders == null ? List.of() : List.copyOf(coders);
        categories = categories == null ? List.of() : List.copyOf(categories);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
