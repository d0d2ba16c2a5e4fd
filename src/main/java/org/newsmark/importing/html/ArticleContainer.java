package org.newsmark.importing.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where on a cleaned page the article is, as a list of choices to try in order. Marked-up places come
 * first (schema.org {@code articleBody} microdata, an {@code <article>}, {@code <main>}) when they hold
 * about as much prose as the place found by scoring; then the scored place itself; then the whole body.
 *
 * <p>Scoring: every paragraph credits its parent in full, its grandparent a half and the next
 * ancestor a third of its length, less its link text; an element's credit then shrinks with its own
 * link density. The best element's siblings that also score well (an article split by inserted boxes)
 * join it, with everything between them.
 */
final class ArticleContainer {

    /** A paragraph's credit is capped, so that one long block does not outweigh many paragraphs. */
    private static final int MAX_PARAGRAPH_CREDIT = 1000;

    private final TextStats stats;
    private final Map<Element, Double> credit = new IdentityHashMap<>();

    private ArticleContainer(TextStats stats) {
        this.stats = stats;
    }

    static List<List<Element>> choices(Document page) {
        Element body = page.body();
        ArticleContainer scorer = new ArticleContainer(TextStats.of(body));
        List<Element> scored = scorer.bestRange(body);
        int scoredProse = scorer.prose(scored);
        List<List<Element>> choices = new ArrayList<>();
        List<Element> marked = outermost(page.select("[itemprop=articleBody]"));
        if (scorer.isWholeArticleBody(marked, scored)) {
            choices.add(marked);
        }
        Element article = scorer.mostProse(outermost(page.select("article")));
        if (article != null && scorer.holdsTheArticle(article, scoredProse)) {
            choices.add(List.of(article));
        }
        Element main = scorer.mostProse(outermost(page.select("main, [role=main]")));
        if (main != null && scorer.holdsTheArticle(main, scoredProse)) {
            choices.add(List.of(main));
        }
        if (!scored.isEmpty()) {
            choices.add(scored);
        }
        choices.add(List.of(body));
        return choices;
    }

    /**
     * The publisher's own mark of the article body is trusted over the scorer, unless it marks only a
     * small part of the place the scorer found around it (an opening paragraph, with the rest outside).
     */
    private boolean isWholeArticleBody(List<Element> marked, List<Element> scored) {
        if (marked.isEmpty() || marked.stream().allMatch(element -> stats.text(element) == 0)) {
            return false;
        }
        boolean inScored = marked.stream().anyMatch(element -> scored.stream()
                .anyMatch(place -> place == element || element.parents().contains(place)));
        return !inScored || prose(marked) * 2 >= prose(scored);
    }

    /**
     * An {@code <article>} or {@code <main>} holds the article when it has at least half the scored
     * place's prose and not many times more (a {@code <main>} around the article and an unmarked
     * comment thread is too broad).
     */
    private boolean holdsTheArticle(Element place, int scoredProse) {
        if (stats.text(place) == 0) {
            return false;
        }
        long prose = stats.prose(place);
        return scoredProse == 0 || (prose * 2 >= scoredProse && prose <= 3L * scoredProse);
    }

    private List<Element> bestRange(Element body) {
        for (Element element : body.getAllElements()) {
            int length = stats.paragraphLength(element);
            if (length == 0) {
                continue;
            }
            double value = Math.min(length, MAX_PARAGRAPH_CREDIT) * (1 - stats.linkDensity(element));
            Element ancestor = element.parent();
            for (int generation = 1; generation <= 3 && ancestor != null && ancestor != body.parent(); generation++) {
                credit.merge(ancestor, value / generation, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element candidate : credit.keySet()) {
            double score = score(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? List.of() : withSiblings(best, bestScore);
    }

    private double score(Element element) {
        double factor = ClassNames.isJunk(element) ? 0.2 : ClassNames.soundsLikeContent(element) ? 1.25 : 1;
        return credit.getOrDefault(element, 0.0) * (1 - stats.linkDensity(element)) * factor;
    }

    /** The best element with the siblings that continue the article, and all between them. */
    private List<Element> withSiblings(Element best, double bestScore) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        List<Element> siblings = parent.children();
        int first = best.elementSiblingIndex();
        int last = first;
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            boolean continues = score(sibling) >= 0.2 * bestScore
                    || (sibling.nameIs("p") && stats.paragraphLength(sibling) >= 80 && stats.linkDensity(sibling) < 0.25);
            if (continues) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return List.copyOf(siblings.subList(first, last + 1));
    }

    private Element mostProse(List<Element> elements) {
        Element most = null;
        for (Element element : elements) {
            if (most == null || stats.prose(element) > stats.prose(most)) {
                most = element;
            }
        }
        return most;
    }

    private int prose(List<Element> elements) {
        return elements.stream().mapToInt(stats::prose).sum();
    }

    /** The elements not inside another of them. */
    private static List<Element> outermost(List<Element> elements) {
        List<Element> outer = new ArrayList<>();
        for (Element element : elements) {
            if (outer.isEmpty() || !element.parents().contains(outer.get(outer.size() - 1))) {
                outer.add(element);
            }
        }
        return outer;
    }
}
