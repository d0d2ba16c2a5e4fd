package org.newsmark.model;

import java.util.List;

/**
 * Annotations in their context across the corpus (keyword in context): each span with the words
 * before and after it.
 *
 * @param total how many annotations the query matches; {@code lines} may hold fewer
 */
public record Concordance(List<Line> lines, long total) {

    /** One annotation in context; {@code left} and {@code right} end at word boundaries. */
    public record Line(Annotation annotation, String articleTitle, String source, String left, String right) {
    }

    public Concordance {
        lines = List.copyOf(lines);
    }
}
