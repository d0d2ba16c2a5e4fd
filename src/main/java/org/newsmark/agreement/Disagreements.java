package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/**
 * Where the coders of an article differ, for a curator to settle: the spans of each top-level
 * category (with its sub-categories), gathered into groups of spans that overlap; a group is a
 * disagreement unless every coder marked it exactly alike (same span, same sub-category).
 */
public final class Disagreements {

    /** How a group of overlapping spans differs. */
    public enum Kind {
        /** Some coders marked it, others did not. */
        MISSED,
        /** Every coder marked it, with different beginnings or ends (or more than once). */
        BOUNDARIES,
        /** Every coder marked the same span, under different sub-categories. */
        CATEGORY
    }

    /**
     * One place where the coders differ: the stretch {@code [start, end)} the group's spans cover, the
     * spans themselves (each with its coder), and the coders who marked none of them.
     */
    public record Disagreement(long articleId, String category, int start, int end, Kind kind, List<Annotation> annotations,
            Set<String> missing) {
        public Disagreement {
            annotations = List.copyOf(annotations);
            missing = Set.copyOf(missing);
        }
    }

    private Disagreements() {
    }

    /** The article's disagreements among {@code coders}, in text order. */
    public static List<Disagreement> of(long articleId, List<Annotation> annotations, Codebook codebook, List<String> coders) {
        List<Disagreement> found = new ArrayList<>();
        Set<String> compared = new HashSet<>(coders);
        for (Category top : codebook.topLevel()) {
            Set<Long> ids = new HashSet<>();
            codebook.subtree(top).forEach(category -> ids.add(category.id()));
            ids.add(top.id());
            List<Annotation> spans = annotations.stream()
                    .filter(annotation -> ids.contains(annotation.categoryId()) && compared.contains(annotation.annotator()))
                    .sorted(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end)).toList();
            List<Annotation> group = new ArrayList<>();
            int groupEnd = -1;
            for (Annotation span : spans) {
                if (!group.isEmpty() && span.start() >= groupEnd) {
                    judge(articleId, top.name(), group, coders).ifPresent(found::add);
                    group.clear();
                }
                group.add(span);
                groupEnd = Math.max(groupEnd, span.end());
            }
            if (!group.isEmpty()) {
                judge(articleId, top.name(), group, coders).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingInt(Disagreement::start).thenComparing(Disagreement::category));
        return found;
    }

    /** The number of disagreements of each category, in the codebook's order. */
    public static Map<String, Integer> countByCategory(List<Disagreement> disagreements, Codebook codebook) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        codebook.topLevel().forEach(category -> counts.put(category.name(), 0));
        disagreements.forEach(disagreement -> counts.merge(disagreement.category(), 1, Integer::sum));
        return counts;
    }

    private static java.util.Optional<Disagreement> judge(long articleId, String category, List<Annotation> group,
            List<String> coders) {
        Set<String> marked = new TreeSet<>();
        group.forEach(annotation -> marked.add(annotation.annotator()));
        Set<String> missing = new TreeSet<>(coders);
        missing.removeAll(marked);
        int start = group.stream().mapToInt(Annotation::start).min().orElse(0);
        int end = group.stream().mapToInt(Annotation::end).max().orElse(0);
        Kind kind;
        if (!missing.isEmpty()) {
            kind = Kind.MISSED;
        } else if (group.size() != coders.size()
                || group.stream().anyMatch(annotation -> annotation.start() != start || annotation.end() != end)) {
            kind = Kind.BOUNDARIES;
        } else if (group.stream().map(Annotation::categoryId).distinct().count() > 1) {
            kind = Kind.CATEGORY;
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Disagreement(articleId, category, start, end, kind, group, missing));
    }
}
