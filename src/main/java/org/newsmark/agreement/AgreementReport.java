package org.newsmark.agreement;

import java.util.List;
import java.util.Map;

/**
 * The agreement of a project's coders: span agreement (alpha_U) per article, pooled over the
 * articles and per pair of coders; coding agreement on attributes and document codes; attribution
 * agreement per pair of coders. A value that cannot be computed (fewer than two coders, no units)
 * is null.
 *
 * @param categories the categories studied, in order
 * @param coders     the coders compared
 */
public record AgreementReport(List<String> coders, List<String> categories, List<ArticleAgreement> articles,
        Pooled pooled, List<PairAgreement> pairs, List<CodingAgreement> coding, List<AttributionAgreement> attribution) {

    public AgreementReport {
        coders = List.copyOf(coders);
        categories = List.copyOf(categories);
        articles = List.copyOf(articles);
        pairs = List.copyOf(pairs);
        coding = List.copyOf(coding);
        attribution = List.copyOf(attribution);
    }

    /**
     * alpha_U overall (1 - mean D_o / mean D_e over the categories that have units) and per category
     * (only categories with units in the study), in the order of {@link #categories()}.
     */
    public record AlphaU(Double overall, Map<String, Double> categories) {
        public static final AlphaU NONE = new AlphaU(null, Map.of());

        public AlphaU {
            categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        }
    }

    /** One article: the coders who coded it (of those compared) and their span agreement. */
    public record ArticleAgreement(long id, String title, List<String> coders, long length, int units, AlphaU alphaU) {
        public ArticleAgreement {
            coders = List.copyOf(coders);
        }
    }

    /**
     * The articles every compared coder coded, as one continuum (their texts one after another).
     *
     * @param leftOut the articles some compared coder did not code
     */
    public record Pooled(List<Long> articles, List<Long> leftOut, List<String> coders, AlphaU alphaU) {
        public Pooled {
            articles = List.copyOf(articles);
            leftOut = List.copyOf(leftOut);
            coders = List.copyOf(coders);
        }
    }

    /** Two coders over the articles both coded, pooled. */
    public record PairAgreement(String coderA, String coderB, int articles, AlphaU alphaU) {
    }

    /**
     * A document field (kind "document", {@code category} null) or an annotation attribute (kind
     * "attribute") and how alike the coders coded it.
     *
     * @param scale nominal, ordinal (choices in their order) or interval (numbers)
     */
    public record CodingAgreement(String kind, String field, String category, List<String> coders, String scale,
            CodingMeasures.Result measures) {
        public CodingAgreement {
            coders = List.copyOf(coders);
        }
    }

    /**
     * Two coders' attributions (a content linked as attributed to a source): how many each made, how
     * many both made (content and source overlapping), {@code share} = both / made by either, and
     * alpha_U over the attributed contents alone.
     */
    public record AttributionAgreement(String coderA, String coderB, int madeByA, int madeByB, int both, Double share,
            Double alphaU) {
    }
}
