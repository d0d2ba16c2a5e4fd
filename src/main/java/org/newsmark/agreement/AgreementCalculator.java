package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.newsmark.model.CodedSpan;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.RelationType;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Measures how alike a project's coders coded (see docs/agreement.md for how each study is built):
 * alpha_U of the spans per article, pooled and per pair of coders; the coding measures of
 * attributes and document codes; attribution agreement. Reads the project once, through the
 * store given (a reader of its own, for the window), and computes in memory.
 */
public final class AgreementCalculator {

    /** The category of the study of attributed contents. */
    static final String ATTRIBUTED_CONTENT = "attributed content";

    private final ProjectStore store;

    public AgreementCalculator(ProjectStore store) {
        this.store = store;
    }

    /**
     * @throws IllegalArgumentException for a coder, category or article the project does not have,
     *                                  saying which ones it has
     */
    public AgreementReport calculate(AgreementQuery query, Progress progress) {
        progress.update(-1, "Reading the coders' work");
        Codebook codebook = store.codebook();
        Map<Long, ArticleSummary> summaries = new LinkedHashMap<>();
        store.articles().forEach(summary -> summaries.put(summary.id(), summary));
        SortedMap coders = new SortedMap(store.articleCoders());
        Set<String> allCoders = new TreeSet<>();
        coders.byArticle.values().forEach(allCoders::addAll);
        List<String> compared = comparedCoders(query, allCoders);
        List<Long> articleIds = selectedArticles(query, summaries);
        Map<Long, List<CodedSpan>> annotations = new HashMap<>();
        Set<Long> allCategories = new HashSet<>();
        codebook.categories().forEach(category -> allCategories.add(category.id()));
        Set<String> comparedSet = new HashSet<>(compared);
        for (CodedSpan annotation : store.codedSpans()) {
            if (comparedSet.contains(annotation.annotator())) {
                annotations.computeIfAbsent(annotation.articleId(), id -> new ArrayList<>()).add(annotation);
            }
        }
        Map<String, Set<Long>> selected = selectedCategories(query, codebook, articleIds, annotations);
        List<String> categoryNames = List.copyOf(selected.keySet());

        // The spans, as code-point units of each article, per coder.
        Map<Long, ArticleSpans> spans = new LinkedHashMap<>();
        List<AgreementReport.ArticleAgreement> perArticle = new ArrayList<>();
        int done = 0;
        for (long id : articleIds) {
            progress.checkCancelled();
            List<String> articleCoders = coders.of(id).stream().filter(comparedSet::contains).sorted().toList();
            Article article = store.article(id).orElseThrow();
            ArticleSpans articleSpans = new ArticleSpans(id, article.text(), articleCoders,
                    annotations.getOrDefault(id, List.of()), selected);
            spans.put(id, articleSpans);
            perArticle.add(new AgreementReport.ArticleAgreement(id, article.title(), articleCoders, articleSpans.length,
                    articleSpans.unitCount(), articleCoders.size() < 2 ? AgreementReport.AlphaU.NONE
                            : alphaU(List.of(articleSpans), articleCoders, categoryNames)));
            progress.update(++done, articleIds.size() + 1L, "Article " + done + " of " + articleIds.size());
        }
        List<String> pooledCoders = compared.stream()
                .filter(coder -> spans.values().stream().anyMatch(article -> article.coders.contains(coder))).toList();
        List<ArticleSpans> pooledArticles = new ArrayList<>();
        List<Long> leftOut = new ArrayList<>();
        for (ArticleSpans article : spans.values()) {
            if (article.coders.containsAll(pooledCoders)) {
                pooledArticles.add(article);
            } else {
                leftOut.add(article.id);
            }
        }
        AgreementReport.Pooled pooled = new AgreementReport.Pooled(pooledArticles.stream().map(article -> article.id).toList(),
                leftOut, pooledCoders, pooledCoders.size() < 2 || pooledArticles.isEmpty() ? AgreementReport.AlphaU.NONE
                        : alphaU(pooledArticles, pooledCoders, categoryNames));
        List<AgreementReport.PairAgreement> pairs = new ArrayList<>();
        List<AgreementReport.AttributionAgreement> attribution = new ArrayList<>();
        Map<UUID, CodedSpan> byId = new HashMap<>();
        annotations.values().forEach(list -> list.forEach(annotation -> byId.put(annotation.id(), annotation)));
        Map<Long, List<Link>> attributions = attributions(byId);
        for (int a = 0; a < pooledCoders.size(); a++) {
            for (int b = a + 1; b < pooledCoders.size(); b++) {
                progress.checkCancelled();
                List<String> pair = List.of(pooledCoders.get(a), pooledCoders.get(b));
                List<ArticleSpans> both = spans.values().stream().filter(article -> article.coders.containsAll(pair)).toList();
                pairs.add(new AgreementReport.PairAgreement(pair.get(0), pair.get(1), both.size(),
                        both.isEmpty() ? AgreementReport.AlphaU.NONE : alphaU(both, pair, categoryNames)));
                attribution.add(new AttributionMatcher(byId, codebook).compare(pair.get(0), pair.get(1), both, attributions));
            }
        }
        List<AgreementReport.CodingAgreement> coding = new ArrayList<>();
        coding.addAll(documentCodes(codebook, spans.values(), pooledCoders));
        coding.addAll(attributeCodes(codebook, spans.values(), pooledCoders, annotations));
        progress.update(1.0, "Done");
        return new AgreementReport(compared, categoryNames, perArticle, pooled, pairs, coding, attribution);
    }

    private static List<String> comparedCoders(AgreementQuery query, Set<String> allCoders) {
        if (query.coders().isEmpty()) {
            return allCoders.stream().filter(coder -> !coder.equals(AgreementQuery.CURATOR)).toList();
        }
        List<String> unknown = query.coders().stream().filter(coder -> !allCoders.contains(coder)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No article was coded by " + String.join(", ", unknown)
                    + "; the project's coders are " + (allCoders.isEmpty() ? "none yet" : String.join(", ", allCoders)));
        }
        return query.coders().stream().distinct().sorted().toList();
    }

    private static List<Long> selectedArticles(AgreementQuery query, Map<Long, ArticleSummary> summaries) {
        if (query.articles().isEmpty()) {
            return List.copyOf(summaries.keySet());
        }
        List<Long> unknown = query.articles().stream().filter(id -> !summaries.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The project has no article " + unknown.get(0)
                    + " (newsmark list shows the articles and their ids)");
        }
        return query.articles().stream().distinct().toList();
    }

    /**
     * The categories studied, each with the categories whose spans count as its units (itself and
     * its sub-categories): those named, or every top-level category that has a span in the articles.
     */
    private static Map<String, Set<Long>> selectedCategories(AgreementQuery query, Codebook codebook, List<Long> articles,
            Map<Long, List<CodedSpan>> annotations) {
        Map<String, Set<Long>> selected = new LinkedHashMap<>();
        if (!query.categories().isEmpty()) {
            for (String name : query.categories()) {
                Category category = codebook.byName(name.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "There is no category \u201C" + name + "\u201D; the categories are "
                                + String.join(", ", codebook.categories().stream().map(Category::name).toList())));
                selected.put(category.name(), subtree(codebook, category));
            }
            return selected;
        }
        Set<Long> used = new HashSet<>();
        for (long id : articles) {
            annotations.getOrDefault(id, List.of()).forEach(annotation -> used.add(annotation.categoryId()));
        }
        for (Category top : codebook.topLevel()) {
            Set<Long> subtree = subtree(codebook, top);
            if (subtree.stream().anyMatch(used::contains)) {
                selected.put(top.name(), subtree);
            }
        }
        return selected;
    }

    private static Set<Long> subtree(Codebook codebook, Category root) {
        Set<Long> ids = new HashSet<>();
        codebook.subtree(root).forEach(category -> ids.add(category.id()));
        ids.add(root.id());
        return ids;
    }

    /** alpha_U of the articles as one continuum (one article: its own), with the coders as raters. */
    static AgreementReport.AlphaU alphaU(List<ArticleSpans> articles, List<String> raters, List<String> categories) {
        long length = articles.stream().mapToLong(article -> article.length).sum();
        UnitizingStudy study = new UnitizingStudy(raters.size(), 0, length);
        long offset = 0;
        for (ArticleSpans article : articles) {
            for (String category : categories) {
                for (int rater = 0; rater < raters.size(); rater++) {
                    for (long[] unit : article.units(category, raters.get(rater))) {
                        study.addUnit(offset + unit[0], unit[1], rater, category);
                    }
                }
            }
            offset += article.length;
        }
        if (study.categories().isEmpty()) {
            return new AgreementReport.AlphaU(null, Map.of());
        }
        UnitizingAlpha alpha = new UnitizingAlpha(study);
        Map<String, Double> byCategory = new LinkedHashMap<>();
        for (String category : categories) {
            if (study.categories().contains(category)) {
                byCategory.put(category, finite(alpha.categoryAgreement(category)));
            }
        }
        return new AgreementReport.AlphaU(finite(alpha.agreement()), byCategory);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Each article's attributions (attributed_to links) between annotations of one compared coder. */
    private Map<Long, List<Link>> attributions(Map<UUID, CodedSpan> byId) {
        Map<Long, List<Link>> byArticle = new HashMap<>();
        for (Link link : store.allLinks()) {
            CodedSpan from = byId.get(link.from());
            CodedSpan to = byId.get(link.to());
            if (link.type() == RelationType.ATTRIBUTED_TO && from != null && to != null
                    && from.annotator().equals(to.annotator())) {
                byArticle.computeIfAbsent(link.articleId(), id -> new ArrayList<>()).add(link);
            }
        }
        return byArticle;
    }

    private List<AgreementReport.CodingAgreement> documentCodes(Codebook codebook, Collection<ArticleSpans> articles,
            List<String> raters) {
        List<AgreementReport.CodingAgreement> results = new ArrayList<>();
        if (raters.size() < 2 || codebook.documentFields().isEmpty()) {
            return results;
        }
        Map<Long, Map<String, Map<Long, String>>> codes = new HashMap<>();
        for (ArticleCoding coding : store.codingsOfAllCoders(0)) {
            codes.computeIfAbsent(coding.articleId(), id -> new HashMap<>()).put(coding.coder(), coding.values());
        }
        for (AttributeDefinition field : codebook.documentFields()) {
            List<Object[]> items = new ArrayList<>();
            for (ArticleSpans article : articles) {
                Object[] item = new Object[raters.size()];
                for (int r = 0; r < raters.size(); r++) {
                    if (article.coders.contains(raters.get(r))) {
                        String value = codes.getOrDefault(article.id, Map.of()).getOrDefault(raters.get(r), Map.of()).get(field.id());
                        item[r] = CodedValue.of(field, value);
                    }
                }
                items.add(item);
            }
            results.add(new AgreementReport.CodingAgreement("document", field.name(), null, raters,
                    CodedValue.scale(field).name().toLowerCase(java.util.Locale.ROOT), CodingMeasures.of(raters.size(), items,
                            CodedValue.scale(field))));
        }
        return results;
    }

    /** Attributes, compared on the annotations whose spans the coders drew exactly alike (as INCEpTION does). */
    private static List<AgreementReport.CodingAgreement> attributeCodes(Codebook codebook, Collection<ArticleSpans> articles,
            List<String> raters, Map<Long, List<CodedSpan>> annotations) {
        List<AgreementReport.CodingAgreement> results = new ArrayList<>();
        if (raters.size() < 2) {
            return results;
        }
        for (Category owner : codebook.categories()) {
            for (AttributeDefinition attribute : owner.attributes()) {
                Set<Long> carriers = subtree(codebook, owner);
                List<Object[]> items = new ArrayList<>();
                for (ArticleSpans article : articles) {
                    Map<String, Object[]> bySpan = new TreeMap<>();
                    for (CodedSpan annotation : annotations.getOrDefault(article.id, List.of())) {
                        int rater = raters.indexOf(annotation.annotator());
                        if (rater < 0 || !carriers.contains(annotation.categoryId())) {
                            continue;
                        }
                        Object[] item = bySpan.computeIfAbsent(annotation.start() + ":" + annotation.end(),
                                span -> new Object[raters.size()]);
                        Object value = CodedValue.of(attribute, annotation.attributes().get(attribute.id()));
                        if (value != null) {
                            item[rater] = value;
                        }
                    }
                    items.addAll(bySpan.values());
                }
                CodingMeasures.Scale scale = CodedValue.scale(attribute);
                results.add(new AgreementReport.CodingAgreement("attribute", attribute.name(), owner.name(), raters,
                        scale.name().toLowerCase(java.util.Locale.ROOT), CodingMeasures.of(raters.size(), items, scale)));
            }
        }
        return results;
    }

    /** Who coded which article, without copying the store's map. */
    private static final class SortedMap {
        final java.util.SortedMap<Long, SortedSet<String>> byArticle;

        SortedMap(java.util.SortedMap<Long, SortedSet<String>> byArticle) {
            this.byArticle = byArticle;
        }

        Set<String> of(long article) {
            return byArticle.getOrDefault(article, new TreeSet<>());
        }
    }
}
